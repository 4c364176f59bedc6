import "server-only";

import {
  getCatalogue,
  getRankings,
  type RankingsCategory,
  type RankingsPeriod,
  type RankingsSeries,
} from "@/lib/data";
import { EMPTY_CATALOGUE } from "@/lib/derive/catalogue";
import type { TrendGrouping } from "@/lib/derive/trends/group-rankings";
import {
  cutEdges,
  heldDays,
  resolveRange,
  wholeBuckets,
  withCutBuckets,
  type DateRange,
} from "@/lib/derive/trends/range";
import { mergeVersions, type VersionMode } from "@/lib/derive/versions";
import { rankingsApiHref } from "@/lib/url-state/trends-params";
import type { DataRecipe } from "@/lib/export/snippets";
import type { ServerDownload } from "@/components/export/chart-export-menu";

/**
 * One rankings series for a view's range, the range it resolves to in days the data holds (null
 * when nothing is held yet), the day its citation names, and links to the whole range in the
 * API's files. A week or month the range cuts is counted from its days inside the range (read
 * from the daily series); a category, sampled only by week, widens the range to whole weeks.
 * With versions=merged its rows are summed under the catalogue's ids before any view groups
 * them; the catalogue is read only when a view needs it.
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
  const [held, catalogue] = await Promise.all([
    readSeries(query),
    // By weights and by model (whose chart marks release days), the catalogue is read too.
    merge || query.by === "weights" || query.by === "model"
      ? getCatalogue()
      : Promise.resolve(EMPTY_CATALOGUE),
  ]);
  const { dated, range } = await cutToRange(query, held);
  const series = merge ? { ...dated, rows: mergeVersions(dated.rows, catalogue) } : dated;
  const fullData: ServerDownload[] = range
    ? (["csv", "json"] as const).map((format) => ({
        href: rankingsApiHref({ ...query, ...range, versions: merge ? "merged" : "dated" }, format),
        label: `Full data (${format.toUpperCase()})`,
        note: `every ranked model${merge ? ", versions merged" : ""}, ${range.from} to ${range.to}`,
      }))
    : [];
  // "Use this data": the whole range as the API serves it, dates read as dates, tokens exact.
  const recipe: DataRecipe | null = range
    ? {
        path: rankingsApiHref({ ...query, ...range, versions: merge ? "merged" : "dated" }, "csv"),
        dates: ["date"],
        integers: ["total_tokens"],
      }
    : null;
  return {
    series,
    catalogue,
    range,
    recipe,
    held: heldDays(held),
    asOfDay: series.asOf.slice(0, 10),
    fullData,
  };
}

export type LoadedRankings = Awaited<ReturnType<typeof loadRankings>>;

/** The range in held days, and the series with the buckets it cuts counted from their days. */
async function cutToRange(
  query: Parameters<typeof loadRankings>[0],
  held: RankingsSeries,
): Promise<{ dated: RankingsSeries; range: DateRange | null }> {
  const days = heldDays(held);
  const asked = held.rows.length > 0 ? resolveRange(query, days) : null;
  if (!asked || !days.firstDate || !days.lastDate) return { dated: held, range: asked };
  const bounds = { from: days.firstDate, to: days.lastDate };
  if (query.category) {
    return { dated: held, range: wholeBuckets(asked, held.period, bounds) };
  }
  const edges = cutEdges(asked, held.period, bounds);
  const [first] = edges;
  const last = edges.at(-1);
  if (!first || !last) return { dated: held, range: asked };
  const daily = await readSeries({ ...query, period: "day", from: first.from, to: last.to });
  // Without the days (the store failed), the view says which whole buckets it counts.
  if (daily.rows.length === 0) {
    return { dated: held, range: wholeBuckets(asked, held.period, bounds) };
  }
  return {
    dated: { ...held, rows: withCutBuckets(held.rows, held.period, edges, daily.rows) },
    range: asked,
  };
}

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
