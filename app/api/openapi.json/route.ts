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
  // The ETag follows the document itself, so any change to it (a schema, a route) moves it.
  const body = JSON.stringify(openApiDocument(origin, refreshSeconds));
  const freshness = { version: body, lastModified: API_VERSION_DATE, pinned: false };
  return conditionalAnswer(
    request,
    freshness,
    () => new Response(body, { headers: { "Content-Type": "application/json" } }),
  );
});
