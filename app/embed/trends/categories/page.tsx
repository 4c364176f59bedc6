import { EmbedShell } from "@/components/embed/embed-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { CategoriesView } from "@/components/trends/categories-view";
import { getCategoriesView } from "@/lib/data";
import { rankingsCites } from "@/components/trends/rankings-cites";
import { categoriesHref } from "@/lib/url-state/trends-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Use-case categories over time (embed)" };

export default async function CategoriesEmbed({ searchParams }: QueryPageProps) {
  const { day, state, ignored, loaded } = await getCategoriesView(searchParams);
  const cited = loaded.find((item) => item.range);
  return (
    <EmbedShell
      day={day}
      fullViewHref={categoriesHref({ ...state, ...cited?.range })}
      cites={rankingsCites(cited)}
    >
      <CategoriesView state={state} ignored={ignored} loaded={loaded} embed />
    </EmbedShell>
  );
}
