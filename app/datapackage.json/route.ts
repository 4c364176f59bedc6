import { getStoredDayRange } from "@/lib/data";
import { withApiErrors } from "@/lib/http/api-response";
import { DATAPACKAGE_ROUTE } from "@/lib/http/api-schemas/documents";
import { conditionalAnswer } from "@/lib/http/conditional";
import { dataPackage } from "@/lib/http/datapackage";
import { getSiteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/** The full-history downloads as a Frictionless Data Package: fields, licence, citation. */
export const GET = withApiErrors(DATAPACKAGE_ROUTE, async (request) => {
  const origin = (await getSiteUrl()).origin;
  const range = await getStoredDayRange(null);
  const freshness = {
    version: `${origin}|${range.asOf}|${range.source}`,
    lastModified: range.lastModified,
    pinned: false,
  };
  return conditionalAnswer(request, freshness, () =>
    Response.json(dataPackage(origin, range.asOf, range.source)),
  );
});
