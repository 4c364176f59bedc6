import { EmbedShell } from "@/components/embed/embed-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { CategoriesView } from "@/components/trends/categories-view";
import { getCategoryTrends, getPageQuery } from "@/lib/data";
import { categoriesHref, parseCategoriesParams } from "@/lib/url-state/trends-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Use-case categories over time (embed)" };

export default async function CategoriesEmbed({ searchParams }: QueryPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseCategoriesParams(query);
  const loaded = await getCategoryTrends(state);
  const cited = loaded.find((item) => item.range);
  return (
    <EmbedShell
      day={day}
      fullViewHref={categoriesHref({ ...state, ...cited?.range })}
      cites={cited ? { asOf: cited.citedDay, source: cited.series.source } : undefined}
    >
      <CategoriesView state={state} ignored={ignored} loaded={loaded} embed />
    </EmbedShell>
  );
}
