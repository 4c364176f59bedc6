import "server-only";

import type { ModelCatalogue } from "../derive/catalogue";
import { deriveModelUsage, type ModelUsageIndex } from "../derive/model-usage";
import type { AppsState, DataSource, SessionCostsState, TaskDay } from "../model";
import { reshapeSnapshot } from "../openrouter/reshape";
import type { RawClassificationsData } from "../openrouter/schema";
import type { CallBudget } from "./refresh/call-budget";
import type { DailyJobState } from "./refresh/daily-job";
import type { RankingsSource } from "./rankings/series-source";
import type { RefreshError, SnapshotArchive, StoredTaskDay } from "./store/snapshot-store";

// What the data layer is, whichever mode it runs in (live-service.ts, sample-service.ts): the
// one face service.ts serves every reader from.

/**
 * One task day as the data layer serves it: the wire data as received, its domain shape, the
 * per-model and per-provider view derived from it (once per day, not per request), and where it
 * came from.
 */
export type LoadedTaskDay = {
  data: RawClassificationsData;
  snapshot: TaskDay;
  usage: ModelUsageIndex;
  source: DataSource;
  fetchedAt: string;
};

/** Whether the server fetches from OpenRouter (it has a key) or serves the bundled sample. */
export type DataMode = "live" | "sample";

/** How fresh the served data is, for the page notice and GET /api/status. */
export type DataStatus = {
  /** When this status was read: the reference for "failed 12 min ago". */
  observedAt: Date;
  /** The server's mode; each day's own source (live, imported, sample) is on its LoadedTaskDay (`source`). */
  source: DataMode;
  store: "embedded" | "postgres" | null;
  /** The last refresh attempt failed (the data shown is the last good snapshot). */
  stale: boolean;
  nextRefreshAt: Date | undefined;
  lastError: RefreshError | undefined;
  /** The store has not answered since then: pages show the day held in memory meanwhile. */
  storeFailingSince: Date | undefined;
  /** The model catalogue's refresh (live mode, once it has been asked): next attempt, last failure. */
  catalogue: DailyJobState | undefined;
};

export type DataService = {
  source: DataMode;
  get(): Promise<LoadedTaskDay>;
  status(): DataStatus;
  countSnapshots(): Promise<number>;
  /** Every stored snapshot: the store, or the sample's generated history. */
  archive: SnapshotArchive;
  rankings: RankingsSource;
  /** The shared upstream call budget; none in sample mode (nothing is called). */
  callBudget: CallBudget | undefined;
  /** The model catalogue held now (never waits for upstream). */
  catalogue(): Promise<ModelCatalogue>;
  /** The newest session costs held now, or why there are none (never waits for upstream). */
  sessionCosts(): Promise<SessionCostsState>;
  /** The stored app rankings' windows, or why there are none (never waits for upstream). */
  apps(): Promise<AppsState>;
};

export function toClassifications(
  data: RawClassificationsData,
  source: DataSource,
  fetchedAt: Date,
): LoadedTaskDay {
  const snapshot = reshapeSnapshot(data);
  return {
    data,
    snapshot,
    usage: deriveModelUsage(snapshot),
    source,
    fetchedAt: fetchedAt.toISOString(),
  };
}

/** Whether a reshaped day is that stored row as it is now (not a refetch or a replacement since). */
export function isStoredDay(day: LoadedTaskDay, stored: StoredTaskDay): boolean {
  return (
    day.data.as_of === stored.data.as_of &&
    day.fetchedAt === stored.fetchedAt.toISOString() &&
    day.source === stored.origin
  );
}
