import "server-only";

import { EMPTY_CATALOGUE, type ModelCatalogue } from "../../derive/catalogue";
import type { TrendGrouping } from "../../derive/trends/group-rankings";
import { resolveRange, type DateRange, type RangeRule } from "../../derive/trends/range";
import { mergeVersions, type VersionMode } from "../../derive/versions";
import type { RankingsCategory, RankingsPeriod, RankingsSeries } from "../../model";
import { getCatalogue } from "../service";
import { getRankings, rankingsWithin } from "./get-rankings";

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
 * under the catalogue's ids), the catalogue when a view needs it, the range (null when nothing
 * is held for a view to show), and the day its citation names.
 */
export type Trend = {
  series: RankingsSeries;
  catalogue: ModelCatalogue;
  range: DateRange | null;
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
  const [held, catalogue] = await Promise.all([
    readSeries(query),
    // By weights and by model (whose chart marks release days), the catalogue is read too.
    merged || query.by === "weights" || query.by === "model"
      ? getCatalogue()
      : Promise.resolve(EMPTY_CATALOGUE),
  ]);
  const rule = query.rule ?? "view";
  const resolved = resolveRange(query, held, rule);
  const dated = rankingsWithin(held.rows, {
    period: query.period,
    start: query.from ?? resolved?.from,
    end: query.to ?? resolved?.to,
  });
  const series = { ...held, rows: merged ? mergeVersions(dated, catalogue) : dated };
  // A view has nothing to draw when no row falls in its range; the API answers no rows.
  const range = rule === "view" && series.rows.length === 0 ? null : resolved;
  return { series, catalogue, range, merged, citedDay: series.asOf.slice(0, 10) };
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
