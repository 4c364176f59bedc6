import { trendsPreview, volumeHeadline } from "@/components/og/trends-preview";
import { previewUnavailable } from "@/lib/http/api-response";
import { getTrend, readableOrThrow } from "@/lib/data";

// The trends page's link preview, drawn per request from the stored (or sample) rankings.
export const dynamic = "force-dynamic";

export async function GET() {
  return draw().catch(previewUnavailable);
}

async function draw() {
  const { series } = await getTrend({ period: "week", category: null, from: null, to: null });
  return trendsPreview("Long-run trends", readableOrThrow(series), volumeHeadline);
}
