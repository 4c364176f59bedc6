import {
  addDays,
  daysBetween,
  RANKINGS_FIRST_DAY,
  RANKINGS_SERIES,
  type RankingsSeriesKey,
  seriesName,
} from "../../model";
import { bucketStart, TOP_MODELS } from "../rankings/buckets";

// Which calls bring the stored rankings up to date, from what is stored alone (so a run cut
// short by the budget, a failure or a restart simply resumes):
// - a series never fetched: its whole history from 2025-01-01, in one call unless the body cap
//   demands a few;
// - a series fetched through some day: only the days after it; for weeks and months from the
//   start of the bucket that day was in (the bucket was still filling); for the sampled
//   categories also the trailing weeks before, which the provider revises;
// - a series already fetched through the last completed day: nothing.

/** Weeks of each category series fetched again on every refresh: upstream revises its estimates. */
export const REVISED_WEEKS = 4;
/** A generous upper bound on one row's JSON (date, a long dated slug, a 20-digit count). */
const ROW_BYTES = 160;

export type PlannedCall = {
  key: RankingsSeriesKey;
  startDate: string;
  /** Absent: upstream's default, the last completed day. */
  endDate?: string;
};

/**
 * The calls for every series, days first. `fetchedThrough` maps a series name to the last day
 * fetched; `lastCompleteDay` is the last completed UTC day.
 */
export function planRankingsCalls(
  fetchedThrough: ReadonlyMap<string, string | null>,
  lastCompleteDay: string,
  maxBytes: number,
): PlannedCall[] {
  return RANKINGS_SERIES.flatMap((key) => {
    const through = fetchedThrough.get(seriesName(key)) ?? null;
    if (through !== null && through >= lastCompleteDay) return [];
    const start = through === null ? RANKINGS_FIRST_DAY : resumeFrom(key, through);
    return splitRange(key, start, lastCompleteDay, maxBytes);
  });
}

function resumeFrom(key: RankingsSeriesKey, through: string): string {
  const next = bucketStart(addDays(through, 1), key.period);
  const revised = key.category ? addDays(next, -7 * REVISED_WEEKS) : next;
  return revised < RANKINGS_FIRST_DAY ? RANKINGS_FIRST_DAY : revised;
}

/** Days per bucket, at the least (a month has 28 or more). */
const BUCKET_DAYS = { day: 1, week: 7, month: 28 } as const;

/** [start, last] in as few calls as the body cap allows, each but the last ending on a bucket's eve. */
function splitRange(
  key: RankingsSeriesKey,
  start: string,
  last: string,
  maxBytes: number,
): PlannedCall[] {
  const bucketsPerCall = Math.max(1, Math.floor(maxBytes / ((TOP_MODELS + 1) * ROW_BYTES)));
  const daysPerCall = bucketsPerCall * BUCKET_DAYS[key.period];
  const calls: PlannedCall[] = [];
  let from = start;
  while (daysBetween(from, last) >= daysPerCall) {
    const next = bucketStart(addDays(from, daysPerCall), key.period);
    calls.push({ key, startDate: from, endDate: addDays(next, -1) });
    from = next;
  }
  return [...calls, { key, startDate: from }];
}

/** The next daily refresh: shortly after the UTC day turns, when the day before is complete. */
export function nextDailyRefresh(now: number): number {
  const tomorrow = addDays(new Date(now).toISOString().slice(0, 10), 1);
  return Date.parse(`${tomorrow}T00:30:00Z`);
}
