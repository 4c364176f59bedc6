import type { Metadata } from "next";

import { OVERVIEW_PREVIEW_ALT } from "@/components/og/overview-preview";
import { previewMetadata } from "@/components/og/preview-metadata";
import { OverviewView } from "@/components/overview/overview-view";
import { PageShell } from "@/components/site/page-shell";
import { getPageQuery } from "@/lib/data";
import { overviewDescription } from "@/lib/derive/headlines";
import { parseOverviewParams } from "@/lib/url-state/overview-params";
import type { SearchParams } from "@/lib/url-state/search-params";
import { sharedView, viewHref } from "@/lib/url-state/view-params";

// Data is read at request time from the server's cache; never at build time.
export const dynamic = "force-dynamic";

const OVERVIEW_TITLE = "Task Share: OpenRouter traffic by task";

type OverviewPageProps = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: OverviewPageProps): Promise<Metadata> {
  const day = (await getPageQuery(searchParams)).day;
  const { snapshot } = day.classifications;
  const description = overviewDescription(snapshot);
  const image = {
    path: viewHref("/preview", { asOf: day.pinned ? snapshot.asOf : null }),
    alt: OVERVIEW_PREVIEW_ALT,
  };
  if (!day.pinned) return { description, ...previewMetadata(OVERVIEW_TITLE, description, image) };
  return {
    title: `Overview on ${snapshot.asOf}`,
    description,
    ...previewMetadata(`${OVERVIEW_TITLE} on ${snapshot.asOf}`, description, image),
  };
}

export default async function OverviewPage({ searchParams }: OverviewPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseOverviewParams(query, day.classifications.snapshot);

  return (
    <PageShell day={day} nav={{ section: "overview", page: true }} view={sharedView(state)}>
      <OverviewView page={day} state={state} ignored={ignored} />
    </PageShell>
  );
}
