import { attributionFor } from "@/lib/citation";
import { jsonData } from "@/lib/http/api-response";
import { dayRoute } from "@/lib/http/requested-day";

export const dynamic = "force-dynamic";

/**
 * The current snapshot, or with ?as_of=YYYY-MM-DD the one stored for that day: upstream `data`
 * unchanged (snake_case, raw fractions) plus provenance: `source` is "live" (fetched by this
 * server), "imported" (`npm run import`) or "sample" (illustrative, not OpenRouter's), and
 * `citation` the line to carry with it.
 */
export const GET = dayRoute(({ classifications: { data, source, fetchedAt } }) =>
  jsonData({ data, citation: attributionFor(data.as_of, source), source, fetched_at: fetchedAt }),
);
