import { citationFor } from "@/lib/citation";
import { jsonData } from "@/lib/http/api-response";
import { dayRoute } from "@/lib/http/requested-day";

export const dynamic = "force-dynamic";

/**
 * The current snapshot, or with ?as_of=YYYY-MM-DD the one stored for that day: upstream `data`
 * unchanged (snake_case, raw fractions) plus provenance.
 */
export const GET = dayRoute(({ classifications: { data, source, fetchedAt } }) =>
  jsonData({ data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt }),
);
