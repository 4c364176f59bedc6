import { EmbedShell } from "@/components/embed/embed-shell";
import type { QueryPageProps } from "@/components/site/page-metadata";
import { loadRankings } from "@/components/trends/load-rankings";
import { TrendsView } from "@/components/trends/trends-view";
import { getPageQuery } from "@/lib/data";
import { parseTrendsParams, trendsHref } from "@/lib/url-state/trends-params";

export const dynamic = "force-dynamic";

export const metadata = { title: "Long-run trends (embed)" };

export default async function TrendsEmbed({ searchParams }: QueryPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseTrendsParams(query);
  const loaded = await loadRankings({ ...state, category: null });
  return (
    <EmbedShell
      day={day}
      fullViewHref={trendsHref({ ...state, ...loaded.range })}
      cites={loaded.range ? { asOf: loaded.asOfDay, source: loaded.series.source } : undefined}
    >
      <TrendsView state={state} ignored={ignored} loaded={loaded} embed />
    </EmbedShell>
  );
}
