import "server-only";

import { getRankings, type RankingsCategory, type RankingsPeriod } from "@/lib/data";
import { resolveRange } from "@/lib/derive/trends/range";
import { rankingsApiHref } from "@/lib/url-state/trends-params";
import type { ServerDownload } from "@/components/export/chart-export-menu";

/**
 * One rankings series for a view's range, the range it resolves to (null when nothing is held
 * yet), the day its citation names, and links to the whole range in the API's files.
 */
export async function loadRankings(query: {
  period: RankingsPeriod;
  category: RankingsCategory | null;
  from: string | null;
  to: string | null;
}) {
  const series = await getRankings({
    period: query.period,
    category: query.category,
    start: query.from ?? undefined,
    end: query.to ?? undefined,
  });
  const range = series.rows.length > 0 ? resolveRange(query, series) : null;
  const fullData: ServerDownload[] = range
    ? (["csv", "json"] as const).map((format) => ({
        href: rankingsApiHref({ ...query, ...range }, format),
        label: `Full data (${format.toUpperCase()})`,
        note: `every ranked model, ${range.from} to ${range.to}`,
      }))
    : [];
  return { series, range, asOfDay: series.asOf.slice(0, 10), fullData };
}

export type LoadedRankings = Awaited<ReturnType<typeof loadRankings>>;
