import type { Metadata } from "next";

import { AppsView } from "@/components/apps/apps-view";
import { APPS_PREVIEW_ALT } from "@/components/og/apps-preview";
import { previewMetadata } from "@/components/og/preview-metadata";
import { PageShell } from "@/components/site/page-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { getApps, getPageQuery } from "@/lib/data";
import { appsViewQuery } from "@/lib/url-state/apps-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

const DESCRIPTION =
  "OpenRouter's top public apps by tokens: the last 7, 30 and 90 days and each month since January 2025, by group and subcategory, popular or trending.";

/** The title and the link preview follow the view's window, group and order. */
export async function generateMetadata({ searchParams }: QueryPageProps): Promise<Metadata> {
  const query = appsViewQuery(await searchParams);
  return {
    title: "Top apps",
    description: DESCRIPTION,
    ...previewMetadata("Top apps · Task Share", DESCRIPTION, {
      path: `/apps/preview${query ? `?${query}` : ""}`,
      alt: APPS_PREVIEW_ALT,
    }),
  };
}

export default async function AppsPage({ searchParams }: QueryPageProps) {
  const [{ query, day }, apps] = await Promise.all([getPageQuery(searchParams), getApps()]);
  const newest = apps.state === "stored" ? apps.apps.windows[0] : undefined;
  const cites =
    apps.state === "stored" && newest
      ? { asOf: newest.asOf, source: apps.apps.source, dataset: "apps" as const }
      : undefined;
  return (
    <PageShell day={day} nav={{ section: "apps", page: true }} view={DEFAULT_VIEW} cites={cites}>
      <AppsView apps={apps} query={query} />
    </PageShell>
  );
}
