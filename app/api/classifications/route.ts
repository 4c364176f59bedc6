import { apiError, jsonData, unknownDateError, withApiErrors } from "@/lib/http/api-response";
import { citationFor } from "@/lib/citation";
import { getStoredSnapshot } from "@/lib/data/history";
import { isIsoDate } from "@/lib/dates";
import { getClassifications, type Classifications } from "@/lib/data/service";

export const dynamic = "force-dynamic";

/**
 * The current snapshot, or with ?as_of=YYYY-MM-DD the one stored for that day: upstream `data`
 * unchanged (snake_case, raw fractions) plus provenance.
 */
export const GET = withApiErrors(
  async (request) => {
    const asOf = new URL(request.url).searchParams.get("as_of");
    if (asOf === null) return respond(await getClassifications());
    if (!isIsoDate(asOf)) {
      return apiError(400, `as_of must be a date as YYYY-MM-DD, not "${asOf}".`);
    }

    const stored = await getStoredSnapshot(asOf);
    if (!stored.found) return unknownDateError(asOf, stored.nearest);
    return respond(stored.classifications);
  },
  ["as_of"],
);

function respond({ data, source, fetchedAt }: Classifications): Response {
  return jsonData({ data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt });
}
