import "server-only";

import { latestPlausibleDay, nearestDates } from "../dates";
import { createHistorySet, type HistorySet } from "../derive/history-set";
import { tagHistory, type TagHistoryPoint } from "../derive/tag-history";
import type { DataSource } from "../openrouter/types";
import {
  getArchive,
  getClassifications,
  isStoredDay,
  toClassifications,
  type Classifications,
} from "./service";

// Every stored day, reshaped once and kept until the store changes (a cheap revision query per
// read notices a new day, a replaced one or an import).

export type LoadedHistory = {
  source: DataSource;
  set: HistorySet;
  days: Map<string, Classifications>;
};

type Cache = { revision: string; loaded: Promise<LoadedHistory> };

// On globalThis for the same reason as the data service: Next bundles routes separately.
const globalCache = globalThis as typeof globalThis & { taskShareHistory?: Cache };

export async function loadHistory(): Promise<LoadedHistory> {
  const { archive, source } = await getArchive();
  const cached = globalCache.taskShareHistory;
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
  globalCache.taskShareHistory = { revision, loaded };
  loaded.catch(() => {
    if (globalCache.taskShareHistory?.loaded === loaded) globalCache.taskShareHistory = undefined;
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

async function heldDay(): Promise<Classifications | undefined> {
  return getClassifications().catch(() => undefined);
}

export type TagHistoryResult =
  | { found: true; points: TagHistoryPoint[]; source: DataSource; asOf: string }
  | { found: false; problem: "date"; asOf: string; nearest: string[] }
  | { found: false; problem: "tag" };

/** One tag's stored values on every date up to `asOf` (default: all), exactly as stored. */
export async function getTagHistory(tag: string, asOf: string | null): Promise<TagHistoryResult> {
  const { source, set, days } = await loadHistory();
  if (asOf !== null && !days.has(asOf)) {
    return { found: false, problem: "date", asOf, nearest: nearestDates(set.dates, asOf) };
  }
  const upTo = [...days.values()]
    .filter((day) => asOf === null || day.data.as_of <= asOf)
    .map((day) => day.data);
  const points = tagHistory(upTo, tag);
  const last = upTo.at(-1);
  if (points.length === 0 || !last) return { found: false, problem: "tag" };
  // The pinned (or latest) day's own source: "imported" when that day came from a saved file.
  return { found: true, points, source: days.get(last.as_of)?.source ?? source, asOf: last.as_of };
}
