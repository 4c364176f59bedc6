import type { Metadata } from "next";

import type { QueryPageProps } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { CategoriesView } from "@/components/trends/categories-view";
import { getCategoriesView, getPageQuery } from "@/lib/data";
import { rankingsCites } from "@/components/trends/rankings-cites";
import { trendsMetadata } from "@/components/trends/trends-metadata";
import { parseCategoriesParams } from "@/lib/url-state/trends-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: QueryPageProps): Promise<Metadata> {
  const { query } = await getPageQuery(searchParams);
  return trendsMetadata("categories", parseCategoriesParams(query).state);
}

export default async function CategoriesPage({ searchParams }: QueryPageProps) {
  const { day, state, ignored, loaded } = await getCategoriesView(searchParams);
  return (
    <PageShell
      day={day}
      nav={{ section: "trends", page: false }}
      view={{ ...DEFAULT_VIEW, asOf: state.asOf, theme: state.theme }}
      cites={rankingsCites(loaded.find((item) => item.range))}
    >
      <CategoriesView state={state} ignored={ignored} loaded={loaded} />
    </PageShell>
  );
}
