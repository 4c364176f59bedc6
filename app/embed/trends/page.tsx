import { EmbedShell } from "@/components/embed/embed-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { getPageQuery, getTrend } from "@/lib/data";
import { TrendsView } from "@/components/trends/trends-view";
import { parseTrendsParams, trendsHref } from "@/lib/url-state/trends-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Long-run trends (embed)" };

export default async function TrendsEmbed({ searchParams }: QueryPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseTrendsParams(query);
  const loaded = await getTrend({ ...state, category: null });
  return (
    <EmbedShell
      day={day}
      fullViewHref={trendsHref({ ...state, ...loaded.range })}
      cites={loaded.range ? { asOf: loaded.citedDay, source: loaded.series.source } : undefined}
    >
      <TrendsView state={state} ignored={ignored} loaded={loaded} embed />
    </EmbedShell>
  );
}
