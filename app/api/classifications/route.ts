import { jsonData, withApiErrors } from "@/lib/http/api-response";
import { apiDay } from "@/lib/http/requested-day";
import { citationFor } from "@/lib/citation";

export const dynamic = "force-dynamic";

/**
 * The current snapshot, or with ?as_of=YYYY-MM-DD the one stored for that day: upstream `data`
 * unchanged (snake_case, raw fractions) plus provenance.
 */
export const GET = withApiErrors(
  async (request) => {
    const day = await apiDay(request);
    if (day instanceof Response) return day;
    const { data, source, fetchedAt } = day.classifications;
    return jsonData({ data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt });
  },
  ["as_of"],
);
