import "server-only";

import type { ModelCatalogue } from "../../derive/catalogue";
import type { TrendGrouping } from "../../derive/trends/group-rankings";
import {
  cutEdges,
  heldDays,
  resolveRange,
  wholeBuckets,
  withCutBuckets,
  type DateRange,
  type RangeRule,
} from "../../derive/trends/range";
import { mergeVersions, type VersionMode } from "../../derive/versions";
import type { RankingsCategory, RankingsPeriod, RankingsSeries } from "../../model";
import { getCatalogue } from "../service";
import { getRankings, rankingsWithin } from "./get-rankings";
import { StoreUnavailableError } from "./live-source";

export type TrendQuery = {
  period: RankingsPeriod;
  category: RankingsCategory | null;
  from: string | null;
  to: string | null;
  versions?: VersionMode;
  by?: TrendGrouping;
  /** Pages read the dates held; GET /api/rankings reads as upstream does (lib/derive/trends/range.ts). */
  rule?: RangeRule;
};

/**
 * One rankings series over a range: its rows within the range (with versions merged, summed
 * under the catalogue's ids), the catalogue when a view needs it, the range in days the data
 * holds (null when nothing is held for a view to show), the first and last day held, and the
 * day its citation names.
 */
export type Trend = {
  series: RankingsSeries;
  catalogue: ModelCatalogue;
  range: DateRange | null;
  held: { firstDate: string | null; lastDate: string | null };
  merged: boolean;
  citedDay: string;
};

/**
 * The one reader of the rankings for pages, chart files, link previews and GET /api/rankings:
 * range resolution, version merge and, when the store cannot be read, an empty failing series
 * instead of an error.
 */
export async function getTrend(query: TrendQuery): Promise<Trend> {
  // Weights are looked up per dated slug (each version's own entry), so that view never merges.
  const merged = query.versions === "merged" && query.by !== "weights";
  // Every view reads the catalogue: its legends and tooltips name models and providers by it.
  const [whole, catalogue] = await Promise.all([readSeries(query), getCatalogue()]);
  const { held, range: resolved } =
    (query.rule ?? "view") === "view"
      ? await cutToRange(query, whole)
      : { held: whole, range: resolveRange(query, whole, "upstream") };
  const dated = rankingsWithin(held.rows, {
    period: query.period,
    start: query.from ?? resolved?.from,
    end: query.to ?? resolved?.to,
  });
  const series = { ...held, rows: merged ? mergeVersions(dated, catalogue) : dated };
  // A view has nothing to draw when no row falls in its range; the API answers no rows.
  const range = query.rule !== "upstream" && series.rows.length === 0 ? null : resolved;
  return {
    series,
    catalogue,
    range,
    held: heldDays(whole),
    merged,
    citedDay: series.asOf.slice(0, 10),
  };
}

/**
 * A view's range in days the data holds, and the series with each week or month the range cuts
 * counted from its days inside the range (read from the daily series); a category, sampled only
 * by week, widens the range to whole weeks.
 */
async function cutToRange(
  query: TrendQuery,
  whole: RankingsSeries,
): Promise<{ held: RankingsSeries; range: DateRange | null }> {
  const days = heldDays(whole);
  const asked = whole.rows.length > 0 ? resolveRange(query, days) : null;
  if (!asked || !days.firstDate || !days.lastDate) return { held: whole, range: asked };
  const bounds = { from: days.firstDate, to: days.lastDate };
  if (query.category) {
    return { held: whole, range: wholeBuckets(asked, whole.period, bounds) };
  }
  const edges = cutEdges(asked, whole.period, bounds);
  if (edges.length === 0) return { held: whole, range: asked };
  const daily = await readSeries({ ...query, period: "day" });
  // Without the days (the store failed), the view says which whole buckets it counts.
  if (daily.rows.length === 0) {
    return { held: whole, range: wholeBuckets(asked, whole.period, bounds) };
  }
  return {
    held: { ...whole, rows: withCutBuckets(whole.rows, whole.period, edges, daily.rows) },
    range: asked,
  };
}

/**
 * The whole series, or, when it cannot be read (the store is down), none and a failing status:
 * the views say so in their notice, and the task pages that show a trend beside their own
 * figures still answer.
 */
async function readSeries(query: TrendQuery): Promise<RankingsSeries> {
  try {
    return await getRankings({ period: query.period, category: query.category });
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

/**
 * For answers with nothing to fall back on (link previews): a series that could not be read is
 * a store outage, answered 503, not an empty picture.
 */
export function readableOrThrow(series: RankingsSeries): RankingsSeries {
  if (series.rows.length === 0 && series.status.lastError?.code === "store") {
    throw new StoreUnavailableError(series.status.lastError.message);
  }
  return series;
}
