import { getRevalidateSeconds } from "@/lib/data";
import { withApiErrors } from "@/lib/http/api-response";
import { API_VERSION_DATE } from "@/lib/http/api-schemas/common";
import { OPENAPI_ROUTE } from "@/lib/http/api-schemas/documents";
import { conditionalAnswer } from "@/lib/http/conditional";
import { openApiDocument } from "@/lib/http/openapi";
import { getSiteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of every route, generated from the schemas the routes use. */
export const GET = withApiErrors(OPENAPI_ROUTE, async (request) => {
  const origin = (await getSiteUrl()).origin;
  const refreshSeconds = getRevalidateSeconds();
  const freshness = {
    version: `${origin}|${refreshSeconds}`,
    lastModified: API_VERSION_DATE,
    pinned: false,
  };
  return conditionalAnswer(request, freshness, () =>
    Response.json(openApiDocument(origin, refreshSeconds)),
  );
});
