import { jsonData, withApiErrors } from "@/lib/api";
import { citationFor } from "@/lib/citation";
import { getClassifications } from "@/lib/openrouter";

export const dynamic = "force-dynamic";

/** The current snapshot: upstream `data` unchanged (snake_case, raw fractions) plus provenance. */
export const GET = withApiErrors(async () => {
  const { data, source, fetchedAt } = await getClassifications();
  return jsonData({ data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt });
});
