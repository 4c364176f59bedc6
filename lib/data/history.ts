import "server-only";

import { type DataSource, latestPlausibleDay, nearestDates } from "../model";
import { createHistorySet, type HistorySet } from "../derive/history-set";
import { processState } from "../process-state";
import { tagHistory, type TagHistoryPoint } from "../derive/tag-history";
import {
  getArchive,
  getClassifications,
  isStoredDay,
  NoDataError,
  toClassifications,
  type LoadedTaskDay,
} from "./service";

// Every stored day, reshaped once and kept until the store changes (a cheap revision query per
// read notices a new day, a replaced one or an import).

export type LoadedHistory = {
  source: DataSource;
  set: HistorySet;
  days: Map<string, LoadedTaskDay>;
};

/** The history read at a store revision: one per process (lib/process-state.ts). */
export type HistoryCache = { revision: string; loaded: Promise<LoadedHistory> };

export async function loadHistory(): Promise<LoadedHistory> {
  const { archive, source } = await getArchive();
  const cached = processState.history;
  let revision: string;
  try {
    revision = await archive.revision();
  } catch (error) {
    // The store is down (a PostgreSQL restart, say): what was read before still stands, and
    // the day the service holds in memory is served either way. It recovers by itself.
    if (cached) return cached.loaded.catch(() => heldHistory(source, error));
    return heldHistory(source, error);
  }
  if (cached?.revision === revision) return cached.loaded;

  const loaded = Promise.all([archive.allSnapshots(), heldDay()]).then(([stored, held]) => {
    const latest = latestPlausibleDay(Date.now());
    const days = new Map(
      stored
        .filter((item) => item.data.as_of <= latest)
        .map((item) => {
          // The day the service holds is already reshaped: reuse it rather than reshape it twice.
          const day =
            held && isStoredDay(held, item)
              ? held
              : toClassifications(item.data, item.origin, item.fetchedAt);
          return [item.data.as_of, day];
        }),
    );
    return { source, set: createHistorySet([...days.values()].map((day) => day.snapshot)), days };
  });
  processState.history = { revision, loaded };
  loaded.catch(() => {
    if (processState.history?.loaded === loaded) processState.history = undefined;
  });
  return loaded;
}

/** The history of a store that cannot be read: the held day alone, or the store's own error. */
async function heldHistory(source: DataSource, storeError: unknown): Promise<LoadedHistory> {
  const held = await heldDay();
  if (!held) throw storeError;
  return {
    source,
    set: createHistorySet([held.snapshot]),
    days: new Map([[held.data.as_of, held]]),
  };
}

async function heldDay(): Promise<LoadedTaskDay | undefined> {
  return getClassifications().catch(() => undefined);
}

/**
 * Every stored day up to a date (default: all), oldest first, and what identifies them: `version`
 * changes when any of them is stored anew (a refetch, a replacement, an older day imported), and
 * `lastModified` is when the newest of them was fetched. Days are the history's own, held
 * reshaped: a download walks them one at a time instead of reading the store again.
 */
export type StoredDayRange = {
  found: true;
  days: LoadedTaskDay[];
  /** The last day in the range. */
  asOf: string;
  /** That day's source: "imported" when it came from a saved file. */
  source: DataSource;
  version: string;
  lastModified: Date;
};

/** A date with no stored day: the answer is a 404 naming the stored dates nearest to it. */
export type MissingDay = { found: false; date: string; nearest: string[] };

export async function getStoredDayRange(upTo: null): Promise<StoredDayRange>;
export async function getStoredDayRange(upTo: string | null): Promise<StoredDayRange | MissingDay>;
export async function getStoredDayRange(upTo: string | null): Promise<StoredDayRange | MissingDay> {
  const { set, days } = await loadHistory();
  if (upTo !== null && !days.has(upTo)) {
    return { found: false, date: upTo, nearest: nearestDates(set.dates, upTo) };
  }
  const inRange = [...days.values()].filter((day) => upTo === null || day.data.as_of <= upTo);
  const last = inRange.at(-1);
  // loadHistory never yields an empty history: with nothing stored the service has no data.
  if (!last) throw new NoDataError("no stored day to read");
  return {
    found: true,
    days: inRange,
    asOf: last.data.as_of,
    source: last.source,
    version: inRange.map((day) => `${day.data.as_of}|${day.fetchedAt}|${day.source}`).join(","),
    lastModified: new Date(Math.max(...inRange.map((day) => Date.parse(day.fetchedAt)))),
  };
}

export type TagHistoryResult =
  | ({ found: true; points: TagHistoryPoint[] } & Omit<StoredDayRange, "found" | "days">)
  | ({ problem: "date" } & MissingDay)
  | { found: false; problem: "tag" };

/** One tag's stored values on every date up to `asOf` (default: all), exactly as stored. */
export async function getTagHistory(tag: string, asOf: string | null): Promise<TagHistoryResult> {
  const range = await getStoredDayRange(asOf);
  if (!range.found) return { ...range, problem: "date" };
  const { days, ...identity } = range;
  const points = tagHistory(
    days.map((day) => day.data),
    tag,
  );
  if (points.length === 0) return { found: false, problem: "tag" };
  return { ...identity, points };
}
