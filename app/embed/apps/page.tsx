import { AppsView } from "@/components/apps/apps-view";
import { EmbedShell } from "@/components/embed/embed-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { getApps, getPageQuery } from "@/lib/data";
import { appsViewQuery } from "@/lib/url-state/apps-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Top apps (embed)" };

export default async function AppsEmbed({ searchParams }: QueryPageProps) {
  const [{ query, day }, apps] = await Promise.all([getPageQuery(searchParams), getApps()]);
  const newest = apps.state === "stored" ? apps.apps.windows[0] : undefined;
  const view = appsViewQuery(query);
  return (
    <EmbedShell
      day={day}
      fullViewHref={`/apps${view ? `?${view}` : ""}`}
      cites={
        apps.state === "stored" && newest
          ? { asOf: newest.asOf.slice(0, 10), source: apps.apps.source, dataset: "apps" }
          : undefined
      }
    >
      <AppsView apps={apps} query={query} embed />
    </EmbedShell>
  );
}
