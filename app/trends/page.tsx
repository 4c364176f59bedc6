import type { Metadata } from "next";

import { PageShell } from "@/components/site/page-shell";
import { trendsMetadata } from "@/components/trends/trends-metadata";
import { getPageQuery, getTrendsView } from "@/lib/data";
import { rankingsCites } from "@/components/trends/rankings-cites";
import { TrendsView } from "@/components/trends/trends-view";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { parseTrendsParams } from "@/lib/url-state/trends-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: QueryPageProps): Promise<Metadata> {
  return trendsMetadata(
    "trends",
    parseTrendsParams((await getPageQuery(searchParams)).query).state,
  );
}

export default async function TrendsPage({ searchParams }: QueryPageProps) {
  const { day, state, ignored, loaded } = await getTrendsView(searchParams);
  return (
    <PageShell
      day={day}
      nav={{ section: "trends", page: true }}
      view={{ ...DEFAULT_VIEW, asOf: state.asOf, theme: state.theme }}
      cites={rankingsCites(loaded)}
    >
      <TrendsView state={state} ignored={ignored} loaded={loaded} />
    </PageShell>
  );
}
