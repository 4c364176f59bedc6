import { OTHER_MODELS, type RankingsPeriod, type RankingsRow } from "../../model";
import { choiceSet } from "../choices";
import { providerLabel, providerOf } from "../models";
import {
  bucketPoint,
  namedSeries,
  type TrendPoint,
  type TrendSeries,
  type TrendTable,
} from "./trend-table";

// Token volume by model or by provider: the largest few over the whole range each get a series,
// the remaining ranked models (or their providers) share one, and upstream's "other" row (every
// model outside a date's top 50) stays its own, as it is no model and no provider.

export const TREND_GROUPING = choiceSet(
  { model: "Models", provider: "Providers", weights: "Weights" },
  "model",
);
export type TrendGrouping = (typeof TREND_GROUPING.choices)[number];
/** The groupings whose members are models or their providers (weights has its own table). */
export type MemberGrouping = Exclude<TrendGrouping, "weights">;

/** Enough series to tell apart by colour (with colour-vision deficiencies too). */
export const TOP_SERIES = 8;

export const OUTSIDE_TOP_LABEL = "Outside the top 50";
export const REST_LABELS: Record<MemberGrouping, string> = {
  model: "Other top-50 models",
  provider: "Other providers",
};

/** The member a ranked row counts towards: its slug, or the slug's provider. */
function memberOf(model: string, by: MemberGrouping): string {
  return by === "model" ? model : providerOf(model);
}

/** Rows grouped by date, in date order (rows come sorted by date). */
export function rowsByDate(rows: readonly RankingsRow[]): Map<string, RankingsRow[]> {
  const dates = new Map<string, RankingsRow[]>();
  for (const row of rows) {
    const list = dates.get(row.date) ?? [];
    list.push(row);
    dates.set(row.date, list);
  }
  return dates;
}

/** Members by their tokens over all rows, largest first (ties by name). */
export function rankMembers(rows: readonly RankingsRow[], by: MemberGrouping): [string, bigint][] {
  const sums = new Map<string, bigint>();
  for (const row of rows) {
    if (row.model === OTHER_MODELS) continue;
    const member = memberOf(row.model, by);
    sums.set(member, (sums.get(member) ?? 0n) + row.totalTokens);
  }
  return [...sums].sort(([a, x], [b, y]) => (x === y ? a.localeCompare(b) : x > y ? -1 : 1));
}

/**
 * The top `top` models or providers over the rows' range, the rest, and "other", per date. A
 * series is labelled by `nameOf` (the catalogue's name), else its slug or provider id.
 */
export function groupRankings(
  rows: readonly RankingsRow[],
  period: RankingsPeriod,
  by: MemberGrouping,
  top = TOP_SERIES,
  nameOf: (member: string) => string = by === "provider" ? providerLabel : (model) => model,
): TrendTable {
  const ranked = rankMembers(rows, by);
  const named = ranked.slice(0, top).map(([member]) => member);
  const others = ranked.slice(top).map(([member]) => member);
  const hasOutside = rows.some((row) => row.model === OTHER_MODELS);
  const series: TrendSeries[] = [
    ...namedSeries(
      named.map((member) => ({
        label: nameOf(member),
        members: [member],
      })),
    ),
    ...(others.length > 0
      ? [{ key: "rest", label: REST_LABELS[by], kind: "rest" as const, members: others }]
      : []),
    ...(hasOutside
      ? [{ key: "outside", label: OUTSIDE_TOP_LABEL, kind: "outside" as const, members: [] }]
      : []),
  ];
  const indexOf = new Map(named.map((member, index) => [member, index]));
  const restIndex = series.findIndex((item) => item.kind === "rest");
  const outsideIndex = series.findIndex((item) => item.kind === "outside");

  // A named member absent on a date is unknown there (inside "other"), not 0.
  const points = seriesPoints(rows, period, series, { unranked: null }, (row) =>
    row.model === OTHER_MODELS ? outsideIndex : (indexOf.get(memberOf(row.model, by)) ?? restIndex),
  );
  return { period, identity: by, series, points };
}

/**
 * Per date, each row's tokens added to the series `indexOf` picks, and the date's total. A named
 * series with no row on a date starts as `unranked` there; the rest and "other" start at 0.
 */
export function seriesPoints(
  rows: readonly RankingsRow[],
  period: RankingsPeriod,
  series: readonly TrendSeries[],
  { unranked }: { unranked: bigint | null },
  indexOf: (row: RankingsRow) => number,
): TrendPoint[] {
  return [...rowsByDate(rows)].map(([date, dateRows]) => {
    const values = series.map((item) => (item.kind === "named" ? unranked : 0n));
    let total = 0n;
    for (const row of dateRows) {
      total += row.totalTokens;
      const index = indexOf(row);
      values[index] = (values[index] ?? 0n) + row.totalTokens;
    }
    return bucketPoint(date, period, values, total);
  });
}

/**
 * How concentrated the volume is: per date, the top 50 ranked models together against upstream's
 * "other" row.
 */
export function concentration(rows: readonly RankingsRow[], period: RankingsPeriod): TrendTable {
  const series: TrendSeries[] = [
    { key: "top", label: "Top 50 models", kind: "named", members: [] },
    { key: "outside", label: OUTSIDE_TOP_LABEL, kind: "outside", members: [] },
  ];
  const points = [...rowsByDate(rows)].map(([date, dateRows]) => {
    let top = 0n;
    let outside = 0n;
    for (const row of dateRows) {
      if (row.model === OTHER_MODELS) outside += row.totalTokens;
      else top += row.totalTokens;
    }
    return bucketPoint(date, period, [top, outside], top + outside);
  });
  return { period, series, points };
}

/**
 * One model's tokens per date; null where it is not among the date's top 50 (its tokens are then
 * inside "other", unknown). Dates without any rows are not points.
 */
export function modelTrend(
  rows: readonly RankingsRow[],
  period: RankingsPeriod,
  model: string,
): TrendTable {
  const series: TrendSeries[] = [{ key: "s1", label: model, kind: "named", members: [model] }];
  const points = [...rowsByDate(rows)].map(([date, dateRows]) =>
    bucketPoint(
      date,
      period,
      [dateRows.find((row) => row.model === model)?.totalTokens ?? null],
      dateRows.reduce((sum, row) => sum + row.totalTokens, 0n),
    ),
  );
  return { period, identity: "model", series, points };
}
