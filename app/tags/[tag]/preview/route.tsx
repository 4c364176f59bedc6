import { tagPreview } from "@/components/og/tag-preview";
import { previewDay } from "@/lib/http/requested-day";

// A task's link preview (Open Graph image), drawn per request from the day the linked view
// shows. An unknown task is still an image that says so, never an error page.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const day = await previewDay(request);
  return day instanceof Response
    ? day
    : tagPreview(day.classifications.snapshot, day.classifications.source, (await params).tag);
}
