import type { Metadata } from "next";

import { OVERVIEW_PREVIEW_ALT } from "@/components/og/overview-preview";
import { OverviewView } from "@/components/overview/overview-view";
import { PageShell } from "@/components/site/page-shell";
import { overviewDescription } from "@/lib/derive/headlines";
import { getRevalidateSeconds } from "@/lib/data/service";
import { previewMetadata } from "@/components/og/preview-metadata";
import type { SearchParams } from "@/lib/url-state/search-params";
import { getOverview, getShownSnapshot } from "@/lib/data/shown-snapshot";
import { sharedView, viewHref } from "@/lib/url-state/view-params";

// Data is read at request time from the server's cache; never at build time.
export const dynamic = "force-dynamic";

const OVERVIEW_TITLE = "Task Share: OpenRouter traffic by task";

type OverviewPageProps = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: OverviewPageProps): Promise<Metadata> {
  const page = await getShownSnapshot(await searchParams);
  const { snapshot } = page.classifications;
  const description = overviewDescription(snapshot);
  const image = {
    path: viewHref("/preview", { asOf: page.pinned ? snapshot.asOf : null }),
    alt: OVERVIEW_PREVIEW_ALT,
  };
  if (!page.pinned) return { description, ...previewMetadata(OVERVIEW_TITLE, description, image) };
  return {
    title: `Overview on ${snapshot.asOf}`,
    description,
    ...previewMetadata(`${OVERVIEW_TITLE} on ${snapshot.asOf}`, description, image),
  };
}

export default async function OverviewPage({ searchParams }: OverviewPageProps) {
  const { page, state, ignored } = await getOverview(await searchParams);

  return (
    <PageShell
      classifications={page.classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "overview", page: true }}
      view={sharedView(state)}
      pinned={page.pinned}
    >
      <OverviewView page={page} state={state} ignored={ignored} />
    </PageShell>
  );
}
