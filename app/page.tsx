import type { Metadata } from "next";

import { OverviewView } from "@/components/overview/overview-view";
import { PageShell } from "@/components/site/page-shell";
import { overviewDescription } from "@/lib/headlines";
import { getClassifications, getRevalidateSeconds } from "@/lib/openrouter";
import { parseOverviewParams } from "@/lib/overview-params";
import { previewMetadata } from "@/lib/preview-metadata";
import type { SearchParams } from "@/lib/search-params";
import { sharedView } from "@/lib/url-state/view-params";

// Data is read at request time from the server's cache; never at build time.
export const dynamic = "force-dynamic";

const OVERVIEW_TITLE = "Task Share: OpenRouter traffic by task";

type OverviewPageProps = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const { snapshot } = await getClassifications();
  const description = overviewDescription(snapshot);
  return {
    description,
    ...previewMetadata(OVERVIEW_TITLE, description),
  };
}

export default async function OverviewPage({ searchParams }: OverviewPageProps) {
  const classifications = await getClassifications();
  const { snapshot } = classifications;
  const { state, ignored } = parseOverviewParams(
    await searchParams,
    snapshot.macroCategories.map((macro) => macro.key),
  );

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "overview", page: true }}
      view={sharedView(state)}
    >
      <OverviewView snapshot={snapshot} state={state} ignored={ignored} />
    </PageShell>
  );
}
