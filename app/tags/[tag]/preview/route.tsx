import { tagPreview } from "@/components/og/tag-preview";
import { previewSnapshot } from "@/lib/data/preview-snapshot";

// A task's link preview (Open Graph image), drawn per request from the snapshot the linked view
// shows. An unknown task is still an image that says so, never an error page.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const shown = await previewSnapshot(request);
  return "missing" in shown ? shown.missing : tagPreview(shown.snapshot, (await params).tag);
}
