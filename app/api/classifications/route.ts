import { citationFor } from "@/lib/citation";
import { getClassifications } from "@/lib/openrouter";
import { withApiErrors } from "@/lib/api";

export const dynamic = "force-dynamic";

/** The current snapshot: upstream `data` unchanged (snake_case, raw fractions) plus provenance. */
export const GET = withApiErrors(async () => {
  const { data, source, fetchedAt } = await getClassifications();
  return Response.json(
    { data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt },
    { headers: { "Cache-Control": "no-store" } },
  );
});
