import { bucketEnd, bucketStart, rankDate } from "../../data/rankings/buckets";
import {
  addDays,
  OTHER_MODELS,
  RANKINGS_FIRST_DAY,
  type RankingsPeriod,
  type RankingsRow,
} from "../../model";

/** A view's inclusive date range. */
export type DateRange = { from: string; to: string };

/** What a rankings series holds: its first and last dates, and the last day its rows include. */
export type HeldDates = {
  firstDate: string | null;
  lastDate: string | null;
  coveredThrough?: string | null;
};

/**
 * The first and last day a series really holds: its first bucket may start before the dataset
 * (the week of 2024-12-30 holds only 2025's days) and its last may not be over yet.
 */
export function heldDays(held: {
  period: RankingsPeriod;
  firstDate: string | null;
  lastDate: string | null;
  coveredThrough: string | null;
}): { firstDate: string | null; lastDate: string | null } {
  const { period, firstDate, lastDate, coveredThrough } = held;
  if (!firstDate || !lastDate) return { firstDate: null, lastDate: null };
  const end = bucketEnd(lastDate, period);
  return {
    firstDate: firstDate < RANKINGS_FIRST_DAY ? RANKINGS_FIRST_DAY : firstDate,
    lastDate: coveredThrough && coveredThrough < end ? coveredThrough : end,
  };
}

/**
 * Who reads the range decides only its defaults: "view" (the trends pages, their pictures and
 * files) shows what is held, all of it by default, an asked end clamped into it; "upstream"
 * (GET /api/rankings, read as upstream reads its own) keeps what is asked and by default answers
 * the 30 days up to the last day covered.
 */
export type RangeRule = "view" | "upstream";

/** Upstream's default range: the 30 days up to the end date. */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The one range resolution for pages and the API: none while nothing is held, else the ends
 * asked for, and where one is absent the rule's default. Ends are inclusive YYYY-MM-DD days.
 */
export function resolveRange(
  asked: { from: string | null; to: string | null },
  held: HeldDates,
  rule: RangeRule = "view",
): DateRange | null {
  if (rule === "upstream") {
    if (!held.coveredThrough) return null;
    const to = asked.to ?? held.coveredThrough;
    const from = asked.from ?? maxDate(addDays(to, 1 - DEFAULT_RANGE_DAYS), RANKINGS_FIRST_DAY);
    return { from, to };
  }
  const { firstDate, lastDate } = held;
  if (!firstDate || !lastDate) return null;
  const from = asked.from && asked.from > firstDate ? asked.from : firstDate;
  const to = asked.to && asked.to < lastDate ? asked.to : lastDate;
  return { from: from > to ? to : from, to };
}

/** A range widened to the whole buckets it touches, within the days held. */
export function wholeBuckets(range: DateRange, period: RankingsPeriod, held: DateRange): DateRange {
  const from = bucketStart(range.from, period);
  const to = bucketEnd(bucketStart(range.to, period), period);
  return { from: from < held.from ? held.from : from, to: to > held.to ? held.to : to };
}

/**
 * The days of the buckets a range cuts (a week or month at either edge that starts before
 * `from` or ends after `to`, where the data goes on): those buckets must be counted from their
 * days inside the range, not whole.
 */
export function cutEdges(range: DateRange, period: RankingsPeriod, held: DateRange): DateRange[] {
  if (period === "day") return [];
  const firstBucket = bucketStart(range.from, period);
  const lastBucket = bucketStart(range.to, period);
  const edges: DateRange[] = [];
  if (range.from > firstBucket && range.from > held.from) {
    const end = bucketEnd(firstBucket, period);
    edges.push({ from: range.from, to: end < range.to ? end : range.to });
  }
  const lastEnd = bucketEnd(lastBucket, period);
  if (range.to < lastEnd && range.to < held.to && !(lastBucket === firstBucket && edges.length)) {
    edges.push({ from: lastBucket > range.from ? lastBucket : range.from, to: range.to });
  }
  return edges;
}

/**
 * A series' rows with each cut bucket replaced by its days inside the range: per model the sum
 * of its daily tokens (a model counts on the days it was in that day's top 50, the rest of each
 * day stays in "other"), ranked as upstream ranks a bucket, dated by the bucket's first day.
 */
export function withCutBuckets(
  rows: readonly RankingsRow[],
  period: RankingsPeriod,
  edges: readonly DateRange[],
  dayRows: readonly RankingsRow[],
): RankingsRow[] {
  const replaced = new Map<string, RankingsRow[]>();
  for (const edge of edges) {
    const bucket = bucketStart(edge.from, period);
    const sums = new Map<string, bigint>();
    let total = 0n;
    for (const row of dayRows) {
      if (row.date < edge.from || row.date > edge.to) continue;
      total += row.totalTokens;
      if (row.model !== OTHER_MODELS) {
        sums.set(row.model, (sums.get(row.model) ?? 0n) + row.totalTokens);
      }
    }
    replaced.set(bucket, rankDate(bucket, sums, total));
  }
  const kept = rows.filter((row) => !replaced.has(row.date));
  return [...kept, ...[...replaced.values()].flat()].sort((a, b) =>
    a.date === b.date ? 0 : a.date < b.date ? -1 : 1,
  );
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
