import "server-only";

import { getArchive, getClassifications, toClassifications, type Classifications } from "./service";
import type { DataSource } from "../openrouter/types";
import { nearestDates } from "../dates";
import { createHistorySet, type HistorySet, type HistoryView } from "../derive/history-set";
import { tagHistory, type TagHistoryPoint } from "../derive/tag-history";

// The history readers: every stored snapshot, reshaped once and kept until the store changes
// (a cheap revision query per read notices a new day, a replaced one or an import).

type LoadedHistory = {
  source: DataSource;
  set: HistorySet;
  classifications: Map<string, Classifications>;
};

type Cache = { revision: string; loaded: Promise<LoadedHistory> };

// On globalThis for the same reason as the data service: Next bundles routes separately.
const globalCache = globalThis as typeof globalThis & { taskShareHistory?: Cache };

async function loadHistory(): Promise<LoadedHistory> {
  const { archive, source } = await getArchive();
  const revision = await archive.revision();
  const cached = globalCache.taskShareHistory;
  if (cached?.revision === revision) return cached.loaded;

  const loaded = archive.allSnapshots().then((stored) => {
    const classifications = new Map(
      stored.map((item) => [item.data.as_of, toClassifications(item.data, source, item.fetchedAt)]),
    );
    const set = createHistorySet([...classifications.values()].map((item) => item.snapshot));
    return { source, set, classifications };
  });
  globalCache.taskShareHistory = { revision, loaded };
  loaded.catch(() => {
    if (globalCache.taskShareHistory?.loaded === loaded) globalCache.taskShareHistory = undefined;
  });
  return loaded;
}

/** Every stored date, oldest first. */
export async function getStoredDates(): Promise<string[]> {
  return (await loadHistory()).set.dates;
}

/** A snapshot as a page shows it: its data, its history up to its date, and the stored dates. */
export type ShownSnapshot = {
  classifications: Classifications;
  history: HistoryView;
  /** Every stored date, also those after a pinned one (for the date picker). */
  storedDates: string[];
  pinned: boolean;
};

export type SnapshotPage =
  ({ found: true } & ShownSnapshot) | { found: false; asOf: string; nearest: string[] };

/**
 * What a page shows: the current snapshot, or with `asOf` the one stored for that date exactly
 * as it was (its history ends there too). An unknown date comes back with the nearest stored ones.
 */
export async function getSnapshotPage(asOf?: string): Promise<SnapshotPage> {
  const { set, classifications } = await loadHistory();
  let shown: Classifications;
  if (asOf === undefined) {
    shown = await getClassifications();
  } else {
    const stored = classifications.get(asOf);
    if (!stored) return { found: false, asOf, nearest: nearestDates(set.dates, asOf) };
    shown = stored;
  }
  return {
    found: true,
    classifications: shown,
    history: set.viewOf(shown.snapshot),
    storedDates: set.dates,
    pinned: asOf !== undefined,
  };
}

/** Whether a snapshot is stored for `asOf`, and if not, the stored dates nearest to it. */
export async function lookUpDate(asOf: string): Promise<{ stored: boolean; nearest: string[] }> {
  const { set } = await loadHistory();
  return set.find(asOf)
    ? { stored: true, nearest: [] }
    : { stored: false, nearest: nearestDates(set.dates, asOf) };
}

export type StoredSnapshotResult =
  { found: true; classifications: Classifications } | { found: false; nearest: string[] };

/** The snapshot stored for `asOf`, exactly as it was. */
export async function getStoredSnapshot(asOf: string): Promise<StoredSnapshotResult> {
  const { set, classifications } = await loadHistory();
  const stored = classifications.get(asOf);
  return stored
    ? { found: true, classifications: stored }
    : { found: false, nearest: nearestDates(set.dates, asOf) };
}

export type TagHistoryResult =
  | { found: true; points: TagHistoryPoint[]; source: DataSource; asOf: string }
  | { found: false; problem: "date"; nearest: string[] }
  | { found: false; problem: "tag" };

/** One tag's stored values on every date up to `asOf` (default: all), exactly as stored. */
export async function getTagHistory(tag: string, asOf?: string): Promise<TagHistoryResult> {
  const { source, set, classifications } = await loadHistory();
  if (asOf !== undefined && !classifications.has(asOf)) {
    return { found: false, problem: "date", nearest: nearestDates(set.dates, asOf) };
  }
  const upTo = [...classifications.values()]
    .filter((item) => asOf === undefined || item.data.as_of <= asOf)
    .map((item) => item.data);
  const points = tagHistory(upTo, tag);
  const last = upTo.at(-1);
  if (points.length === 0 || !last) return { found: false, problem: "tag" };
  return { found: true, points, source, asOf: last.as_of };
}
