// The dates module alone (no zod): the search box, a client component, reads this.
import { addDays, daysBetween, isIsoDate } from "../model/dates";
import { formatCountOf } from "../format";

// What a snapshot's changes are measured against. "previous" is the stored snapshot just before;
// "7d" and "30d" the one stored that many days earlier, or failing that the nearest earlier one
// within a few days, so one missed day does not hide the weekly change. The base's own date is
// always shown, so an approximate base never passes for an exact one.

export const COMPARISON_KEYS = ["previous", "7d", "30d"] as const;
export type ComparisonKey = (typeof COMPARISON_KEYS)[number];
export const DEFAULT_COMPARISON: ComparisonKey = "previous";

/**
 * What `?vs=` may ask for: one of the keys above, or any earlier day (`?vs=2026-11-16`), which
 * compares with the day stored for it or, failing that, the nearest earlier one within a few days.
 */
export type ComparisonRequest = ComparisonKey | (string & {});

export type Comparison = { key: ComparisonRequest; baseAsOf: string; days: number };

export function isComparisonKey(value: string): value is ComparisonKey {
  return (COMPARISON_KEYS as readonly string[]).includes(value);
}

/** A `?vs=` value this app understands: a comparison key or a calendar day. */
export function isComparisonRequest(value: string): value is ComparisonRequest {
  return isComparisonKey(value) || isIsoDate(value);
}

const SPAN_DAYS: Record<Exclude<ComparisonKey, "previous">, number> = { "7d": 7, "30d": 30 };
const TOLERANCE_DAYS = 3;

/** The comparisons the stored dates allow for the snapshot of `asOf`, in COMPARISON_KEYS order. */
export function availableComparisons(dates: string[], asOf: string): Comparison[] {
  const earlier = dates.filter((date) => date < asOf);
  const previous = earlier.at(-1);
  if (previous === undefined) return [];
  const found: Comparison[] = [
    { key: "previous", baseAsOf: previous, days: daysBetween(previous, asOf) },
  ];
  for (const key of ["7d", "30d"] as const) {
    const target = addDays(asOf, -SPAN_DAYS[key]);
    const oldest = addDays(target, -TOLERANCE_DAYS);
    const base = earlier.filter((date) => date <= target && date >= oldest).at(-1);
    if (base !== undefined) found.push({ key, baseAsOf: base, days: daysBetween(base, asOf) });
  }
  return found;
}

export const COMPARISON_LABELS: Record<ComparisonKey, string> = {
  previous: "Previous snapshot",
  "7d": "7 days",
  "30d": "30 days",
};

/** "since 2026-11-18 (3 days earlier)". */
export function describeComparison(comparison: Comparison): string {
  return `since ${comparison.baseAsOf} (${formatCountOf(comparison.days, "day")} earlier)`;
}

/** The stored day a `?vs=` day compares with: that day, or the nearest earlier one within a few. */
function comparisonWithDay(dates: string[], asOf: string, day: string): Comparison | undefined {
  if (day >= asOf) return undefined;
  const oldest = addDays(day, -TOLERANCE_DAYS);
  const base = dates.filter((date) => date <= day && date >= oldest).at(-1);
  return base === undefined
    ? undefined
    : { key: day, baseAsOf: base, days: daysBetween(base, asOf) };
}

/**
 * The comparison a page uses for what `?vs=` asked: that one when the stored dates allow it,
 * otherwise the previous snapshot (`fellBack` says so, for a notice); none at all with no history.
 */
export function chooseComparison(
  comparisons: Comparison[],
  wanted: ComparisonRequest,
  dates: string[] = [],
  asOf = "",
): { comparison: Comparison | undefined; fellBack: boolean } {
  const found = isComparisonKey(wanted)
    ? comparisons.find((candidate) => candidate.key === wanted)
    : comparisonWithDay(dates, asOf, wanted);
  if (found) return { comparison: found, fellBack: false };
  return { comparison: comparisons[0], fellBack: comparisons.length > 0 };
}
