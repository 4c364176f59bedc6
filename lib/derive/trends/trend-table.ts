import { bucketEnd, bucketStart } from "../../data/rankings/buckets";
import type { RankingsPeriod } from "../../model";
import type { IdentityFamily } from "../identity-colours";

// The shape every trends chart, table and file is drawn from: a few series and, per date, each
// series' tokens and the date's total. Token counts stay exact integers; shares are computed
// from them when shown.

/** named: a model, provider or category; rest: the other named ones; outside: upstream's "other". */
export type TrendSeriesKind = "named" | "rest" | "outside";

export type TrendSeries = {
  /** Data key, never upstream text: "s1", "s2", …, "rest", "outside". */
  key: string;
  label: string;
  kind: TrendSeriesKind;
  /** What the series stands for: model slugs, providers or categories (empty for "outside"). */
  members: string[];
};

export type TrendPoint = {
  /** First day the point covers (a day, a week's Monday, a month's 1st). */
  date: string;
  /** Last day it covers. */
  until: string;
  /** values[i] belongs to series[i]; null where the series is unknown (not ranked that date). */
  values: (bigint | null)[];
  /** Every token of the date, the series' and any others'. */
  total: bigint;
  /**
   * Whether the point counts its whole period: false where the range or the data cuts it (it
   * then counts only `date` to `until`) or where merging left it shorter than the others.
   */
  complete: boolean;
};

export type TrendTable = {
  period: RankingsPeriod;
  /** What the named series' members are, whose colours follow them; none for fixed series. */
  identity?: IdentityFamily;
  series: TrendSeries[];
  points: TrendPoint[];
};

/** A whole bucket's point, dated by its first day. */
export function bucketPoint(
  date: string,
  period: RankingsPeriod,
  values: (bigint | null)[],
  total: bigint,
): TrendPoint {
  return { date, until: bucketEnd(date, period), values, total, complete: true };
}

/**
 * The points within a range, each cut to its days inside it: a bucket that starts before
 * `from` or ends after `to` (the range's edges, or the data's) is marked incomplete and dated
 * by its first and last day counted.
 */
export function clipTable<T extends TrendTable>(table: T, range: { from: string; to: string }): T {
  const points = table.points.flatMap((point) => {
    if (point.until < range.from || point.date > range.to) return [];
    const date = point.date < range.from ? range.from : point.date;
    const until = point.until > range.to ? range.to : point.until;
    const complete = point.complete && date === point.date && until === point.until;
    return [{ ...point, date, until, complete }];
  });
  return { ...table, points };
}

/**
 * Said under a chart whose first or last week or month is cut by the range or the data: that
 * bucket counts only its days inside, so its tokens (not its shares) dip.
 */
export function partialNotes(table: TrendTable): string[] {
  if (table.period === "day") return [];
  return table.points
    .filter((point) => !point.complete)
    .map(
      (point) =>
        `Partial ${table.period}: the ${table.period} of ${bucketStart(point.date, table.period)} counts only ${point.date} to ${point.until}.`,
    );
}

/** The series named "s1", "s2", … in order, one per member group. */
export function namedSeries(groups: { label: string; members: string[] }[]): TrendSeries[] {
  return groups.map((group, index) => ({ key: `s${index + 1}`, kind: "named", ...group }));
}

/**
 * Consecutive points merged so that at most `max` are drawn: sums of `step` points each. The
 * last may be shorter and is then marked incomplete, as is any point that merges an incomplete
 * one. A series unknown on every merged date stays unknown.
 */
export function binPoints(table: TrendTable, max: number): TrendTable & { step: number } {
  const step = Math.max(1, Math.ceil(table.points.length / max));
  if (step === 1) return { ...table, step };
  const points: TrendPoint[] = [];
  for (let start = 0; start < table.points.length; start += step) {
    const group = table.points.slice(start, start + step);
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last) continue;
    points.push({
      date: first.date,
      until: last.until,
      values: table.series.map((_, index) => {
        const known = group.flatMap((point) => {
          const value = point.values[index];
          return value === null || value === undefined ? [] : [value];
        });
        return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0n);
      }),
      total: group.reduce((sum, point) => sum + point.total, 0n),
      complete: group.length === step && group.every((point) => point.complete),
    });
  }
  return { ...table, points, step };
}
