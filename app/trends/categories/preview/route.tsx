import { categoriesHeadline, trendsPreview } from "@/components/og/trends-preview";
import { previewUnavailable } from "@/lib/http/api-response";
import { getCategoryTrends, readableOrThrow } from "@/lib/data";

// The categories view's link preview: the latest week's largest use cases.
export const dynamic = "force-dynamic";

export async function GET() {
  return draw().catch(previewUnavailable);
}

async function draw() {
  const trends = await getCategoryTrends({
    category: null,
    from: null,
    to: null,
    versions: "dated",
  });
  const all = trends.map((trend) => readableOrThrow(trend.series));
  const [first] = all;
  if (!first) return new Response("No categories", { status: 500 });
  return trendsPreview("Use-case categories", first, () => categoriesHeadline(all));
}
