import { overviewPreview } from "@/components/og/overview-preview";
import { previewDay } from "@/lib/http/requested-day";

// The overview's link preview (Open Graph image), drawn per request from the day the linked
// view shows: never at build time, which has no data.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const day = await previewDay(request);
  return day instanceof Response
    ? day
    : overviewPreview(day.classifications.snapshot, day.classifications.source);
}
