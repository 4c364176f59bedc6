import { trendsPreview, volumeHeadline } from "@/components/og/trends-preview";
import { getRankings } from "@/lib/data";

// The trends page's link preview, drawn per request from the stored (or sample) rankings.
export const dynamic = "force-dynamic";

export async function GET() {
  const series = await getRankings({ period: "week", category: null });
  return trendsPreview("Long-run trends", series, volumeHeadline);
}
