import "server-only";

import {
  getCatalogue,
  getRankings,
  type RankingsCategory,
  type RankingsPeriod,
  type RankingsSeries,
} from "@/lib/data";
import type { TrendGrouping } from "@/lib/derive/trends/group-rankings";
import { resolveRange } from "@/lib/derive/trends/range";
import { mergeVersions, type VersionMode } from "@/lib/derive/versions";
import { rankingsApiHref } from "@/lib/url-state/trends-params";
import type { ServerDownload } from "@/components/export/chart-export-menu";

/**
 * One rankings series for a view's range, the range it resolves to (null when nothing is held
 * yet), the day its citation names, and links to the whole range in the API's files. With
 * versions=merged its rows are summed under the catalogue's ids before any view groups them;
 * the catalogue names the models and providers every view draws.
 */
export async function loadRankings(query: {
  period: RankingsPeriod;
  category: RankingsCategory | null;
  from: string | null;
  to: string | null;
  versions?: VersionMode;
  by?: TrendGrouping;
}) {
  // Weights are looked up per dated slug (each version's own entry), so that view never merges.
  const merge = query.versions === "merged" && query.by !== "weights";
  // Every view reads the catalogue: its legends and tooltips name models and providers by it.
  const [dated, catalogue] = await Promise.all([readSeries(query), getCatalogue()]);
  const series = merge ? { ...dated, rows: mergeVersions(dated.rows, catalogue) } : dated;
  const range = series.rows.length > 0 ? resolveRange(query, series) : null;
  const fullData: ServerDownload[] = range
    ? (["csv", "json"] as const).map((format) => ({
        href: rankingsApiHref({ ...query, ...range, versions: merge ? "merged" : "dated" }, format),
        label: `Full data (${format.toUpperCase()})`,
        note: `every ranked model${merge ? ", versions merged" : ""}, ${range.from} to ${range.to}`,
      }))
    : [];
  return { series, catalogue, range, asOfDay: series.asOf.slice(0, 10), fullData };
}

export type LoadedRankings = Awaited<ReturnType<typeof loadRankings>>;

/**
 * The series, or, when it cannot be read (the store is down), none and a failing status: the
 * views say so in their notice, and the task pages that show a trend beside their own figures
 * still answer.
 */
async function readSeries(query: Parameters<typeof loadRankings>[0]): Promise<RankingsSeries> {
  try {
    return await getRankings({
      period: query.period,
      category: query.category,
      start: query.from ?? undefined,
      end: query.to ?? undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] could not read the rankings: ${message}`);
    return {
      source: "live",
      period: query.period,
      category: query.category,
      rows: [],
      asOf: "",
      firstDate: null,
      lastDate: null,
      coveredThrough: null,
      status: {
        state: "failing",
        lastError: {
          code: "store",
          message: "the stored rankings could not be read",
          at: new Date(),
        },
      },
    };
  }
}
