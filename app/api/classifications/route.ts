import { jsonData, withClassifications } from "@/lib/api-responses";
import { citationFor } from "@/lib/citation";

export const dynamic = "force-dynamic";

/** The current snapshot: upstream `data` unchanged (snake_case, raw fractions) plus provenance. */
export function GET() {
  return withClassifications(({ data, source, fetchedAt }) =>
    jsonData({ data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt }),
  );
}
