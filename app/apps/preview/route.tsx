import { appsPreview } from "@/components/og/apps-preview";
import { appsViewTitle } from "@/components/apps/window-label";
import { getApps } from "@/lib/data";
import { appsPage, appsWindowChoices } from "@/lib/derive/apps";
import { parseAppsParams } from "@/lib/url-state/apps-params";

// The apps view's link preview, drawn per request from the stored (or sample) windows, for the
// same window, group and order as the linked view.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const apps = await getApps();
  if (apps.state !== "stored") {
    return appsPreview({ title: "Top apps on OpenRouter", page: undefined, source: "live" });
  }
  const { state } = parseAppsParams(query, appsWindowChoices(apps.apps, "all", "popular"));
  return appsPreview({
    title: appsViewTitle(state),
    page: await appsPage(apps.apps, state),
    source: apps.apps.source,
  });
}
