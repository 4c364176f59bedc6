import { trendsPreview, volumeHeadline } from "@/components/og/trends-preview";
import { getTrend } from "@/lib/data";

// The trends page's link preview, drawn per request from the stored (or sample) rankings.
export const dynamic = "force-dynamic";

export async function GET() {
  const { series } = await getTrend({ period: "week", category: null, from: null, to: null });
  return trendsPreview("Long-run trends", series, volumeHeadline);
}
