import { addDays, type RankingsPeriod } from "../../model";

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
};

export type TrendTable = {
  period: RankingsPeriod;
  series: TrendSeries[];
  points: TrendPoint[];
};

/** The last day of the bucket starting on `date`. */
export function bucketEnd(date: string, period: RankingsPeriod): string {
  if (period === "day") return date;
  if (period === "week") return addDays(date, 6);
  const [year = 0, month = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The series named "s1", "s2", … in order, one per member group. */
export function namedSeries(groups: { label: string; members: string[] }[]): TrendSeries[] {
  return groups.map((group, index) => ({ key: `s${index + 1}`, kind: "named", ...group }));
}

/**
 * Consecutive points merged so that at most `max` are drawn: sums of `step` points each (the
 * last may be shorter). A series unknown on every merged date stays unknown.
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
    });
  }
  return { ...table, points, step };
}
