import { overviewPreview } from "@/components/og/overview-preview";
import { previewSnapshot } from "@/lib/data/preview-snapshot";

// The overview's link preview (Open Graph image), drawn per request from the snapshot the
// linked view shows: never at build time, which has no data.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const shown = await previewSnapshot(request);
  return "missing" in shown ? shown.missing : overviewPreview(shown.snapshot);
}
