import type { Metadata } from "next";

import type { QueryPageProps } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { CategoriesView } from "@/components/trends/categories-view";
import { getCategoryTrends, getPageQuery } from "@/lib/data";
import { trendsMetadata } from "@/components/trends/trends-metadata";
import { parseCategoriesParams } from "@/lib/url-state/trends-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: QueryPageProps): Promise<Metadata> {
  const { query } = await getPageQuery(searchParams);
  return trendsMetadata("categories", parseCategoriesParams(query).state);
}

export default async function CategoriesPage({ searchParams }: QueryPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseCategoriesParams(query);
  const loaded = await getCategoryTrends(state);
  const cited = loaded.find((item) => item.range);
  return (
    <PageShell
      day={day}
      nav={{ section: "trends", page: false }}
      view={{ ...DEFAULT_VIEW, asOf: state.asOf, theme: state.theme }}
      cites={
        cited
          ? { asOf: cited.citedDay, source: cited.series.source, dataset: "rankings" }
          : undefined
      }
    >
      <CategoriesView state={state} ignored={ignored} loaded={loaded} />
    </PageShell>
  );
}
