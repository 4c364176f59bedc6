import { citationFor } from "@/lib/citation";
import { getClassifications } from "@/lib/openrouter";
import { NoDataError } from "@/lib/refresh/refreshing-value";

export const dynamic = "force-dynamic";

/** The current snapshot: upstream `data` unchanged (snake_case, raw fractions) plus provenance. */
export async function GET() {
  try {
    const { data, source, fetchedAt } = await getClassifications();
    return Response.json(
      { data, citation: citationFor(data.as_of), source, fetched_at: fetchedAt },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (!(error instanceof NoDataError)) throw error;
    return Response.json(
      {
        error: {
          code: 503,
          message: "No data yet: the upstream could not be reached. Try again shortly.",
        },
      },
      { status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } },
    );
  }
}
