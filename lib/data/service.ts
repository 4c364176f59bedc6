import "server-only";

import { hostname } from "node:os";

import { readServerConfig, type ServerConfig } from "../config";
import { registerDataLayerStop } from "../http/data-layer-stop";
import { processState } from "../process-state";
import { registerDataProbe } from "../http/data-probe";
import { deriveModelUsage, type ModelUsageIndex } from "../derive/model-usage";
import {
  createSnapshotRefresher,
  isNoDataError,
  NoDataError,
  type DescribedError,
} from "./refresh/snapshot-refresher";
import { createCatalogue, EMPTY_CATALOGUE, type ModelCatalogue } from "../derive/catalogue";
import { fetchModelCatalogue, CallBudgetSpentError } from "../openrouter/catalogue";
import { toCatalogueEntry } from "../openrouter/catalogue-schema";
import { createDailyJob, type DailyJobState } from "./refresh/daily-job";
import type { StoredCatalogue } from "./store/catalogue-store";
import { openSnapshotStore } from "./store";
import { createMemoryArchive } from "./store/memory-archive";
import type { RefreshError, SnapshotArchive, StoredTaskDay } from "./store/snapshot-store";
import { fetchTaskClassifications } from "../openrouter/client";
import { UpstreamError } from "../openrouter/errors";
import { reshapeSnapshot } from "../openrouter/reshape";
import { fetchRankings } from "../openrouter/rankings-client";
import { createCallBudget, takeCallWaiting, type CallBudget } from "./refresh/call-budget";
import { createRankingsRefresher } from "./refresh/rankings-refresher";
import { createLiveRankingsSource } from "./rankings/live-source";
import { createSampleRankingsSource } from "./rankings/sample-source";
import type { CallLimits, CallUsage } from "./store/call-log";
import type { RankingsSource } from "./rankings/series-source";
import { loadSampleCatalogue } from "./sample/sample-catalogue";
import { loadSampleData } from "./sample/sample";
import { sampleHistory } from "./sample/sample-history";
import type { RawClassificationsData } from "../openrouter/schema";
import type { DataSource, SessionCostsState, TaskDay } from "../model";
import { createSessionCostJob } from "./session-cost/job";
import { sampleSessionCosts } from "./session-cost/sample";
import { readWebhookSettings } from "../webhooks/settings";
import { startWebhookDeliveries } from "../webhooks/start";

export { isNoDataError, NoDataError };

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

function createSampleService(): DataService {
  const loadedAt = new Date();
  const newest = loadSampleData();
  const sample = toClassifications(newest, "sample", loadedAt);
  const archive = createMemoryArchive(
    sampleHistory(newest).map((data) => ({ data, fetchedAt: loadedAt })),
  );
  const catalogue = createCatalogue(loadSampleCatalogue(), "sample", null);
  const costs = sampleSessionCosts(newest.as_of);
  return {
    source: "sample",
    sessionCosts: async () => ({ state: "published", costs }),
    archive,
    rankings: createSampleRankingsSource(newest),
    callBudget: undefined,
    catalogue: async () => catalogue,
    get: async () => sample,
    status: () => ({
      observedAt: new Date(),
      source: "sample",
      store: null,
      stale: false,
      nextRefreshAt: undefined,
      lastError: undefined,
      storeFailingSince: undefined,
      catalogue: undefined,
    }),
    countSnapshots: async () => (await archive.listDates()).length,
  };
}

function describeError(error: unknown): DescribedError {
  if (error instanceof UpstreamError) {
    return {
      code: error.failure,
      message: error.message,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  return { code: "internal", message: "unexpected error while refreshing" };
}

function failureLogger(what: string) {
  return (error: unknown) => {
    const message = error instanceof Error ? error.message : "unknown error";
    const hint =
      error instanceof UpstreamError && error.failure === "unauthorized"
        ? " — check OPENROUTER_API_KEY"
        : "";
    console.error(`[task-share] ${what} failed: ${message}${hint}`);
  };
}

function describeWalkError(error: unknown): DescribedError {
  if (error instanceof CallBudgetSpentError) return { code: "budget", message: error.message };
  return describeError(error);
}

async function createLiveService(config: ServerConfig, apiKey: string): Promise<DataService> {
  const store = await openSnapshotStore(config);
  const holder = `${hostname()}:${process.pid}:${crypto.randomUUID()}`;
  const webhooks = readWebhookSettings();
  const budget = createCallBudget(store.callLog, {
    perMinute: config.callsPerMinute,
    perDay: config.callsPerDay,
  });
  const upstream = { apiKey, baseUrl: config.baseUrl, timeoutMs: config.upstreamTimeoutMs };
  const leaseMs = config.upstreamTimeoutMs + 5_000;
  const refresher = createSnapshotRefresher({
    store,
    fetchLatest: () => fetchTaskClassifications({ ...upstream, maxBytes: config.upstreamMaxBytes }),
    takeCall: () => budget.take("tasks"),
    windowMs: config.revalidateSeconds * 1000,
    leaseMs,
    holder,
    describeError,
    onError: failureLogger("upstream refresh"),
    announceTo: webhooks.urls,
  });
  const deliverer = startWebhookDeliveries(store, webhooks, holder);
  const rankingsRefresher = createRankingsRefresher({
    store: store.rankings,
    fetchRankings: (request) =>
      fetchRankings({ ...upstream, maxBytes: config.rankingsMaxBytes }, request),
    takeCall: () => budget.take("rankings"),
    holder,
    // A call's lease covers its answer being written too (a few MB on a backfill).
    callLeaseMs: leaseMs + 30_000,
    maxBytes: config.rankingsMaxBytes,
    describeError,
    onError: failureLogger("rankings call"),
  });
  rankingsRefresher.start();
  const catalogueRefresher = createDailyJob({
    name: "model catalogue",
    store: store.catalogue,
    fetch: async (beforeCall) =>
      (
        await fetchModelCatalogue({
          baseUrl: config.baseUrl,
          timeoutMs: config.upstreamTimeoutMs,
          maxBytes: config.upstreamMaxBytes,
          beforeCall,
        })
      ).models,
    // Every page may take the full timeout, and the walk may wait out the per-minute budget
    // once: the lease outlasts a walk of a few pages.
    leaseMs: 5 * config.upstreamTimeoutMs + 70_000,
    holder,
    beforeCall: () => takeCallWaiting(budget, "catalogue"),
    describeError: describeWalkError,
    onError: failureLogger("model catalogue refresh (names kept)"),
  });

  const sessionCostJob = createSessionCostJob({
    store: store.sessionCost,
    upstream: { ...upstream, maxBytes: config.upstreamMaxBytes },
    beforeCall: () => takeCallWaiting(budget, "session-cost"),
    holder,
    leaseMs: 5 * config.upstreamTimeoutMs + 70_000,
    describeError: describeWalkError,
    onError: failureLogger("session costs refresh (stored costs kept)"),
  });

  registerDataLayerStop({
    stopJobs: async () => {
      await Promise.all([
        refresher.stop(),
        rankingsRefresher.stop(),
        catalogueRefresher.stop(),
        sessionCostJob.stop(),
        deliverer?.stop(),
      ]);
    },
    closeStore: () => store.close(),
  });

  // Joined once per stored catalogue, not once per request.
  let joined: { stored: StoredCatalogue; catalogue: ModelCatalogue } | undefined;
  async function catalogue(): Promise<ModelCatalogue> {
    const stored = await catalogueRefresher.get();
    if (!stored) return EMPTY_CATALOGUE;
    if (joined?.stored !== stored) {
      const entries = stored.models.map(toCatalogueEntry);
      joined = {
        stored,
        catalogue: createCatalogue(entries, "live", stored.fetchedAt.toISOString()),
      };
    }
    return joined.catalogue;
  }

  // Reshape once per stored snapshot, not once per request.
  let last: LoadedTaskDay | undefined;
  function classificationsOf(stored: StoredTaskDay): LoadedTaskDay {
    if (last && isStoredDay(last, stored)) return last;
    last = toClassifications(stored.data, stored.origin, stored.fetchedAt);
    return last;
  }

  return {
    source: "live",
    archive: store,
    rankings: createLiveRankingsSource(store.rankings),
    callBudget: budget,
    catalogue,
    sessionCosts: () => sessionCostJob.get(),
    get: async () => classificationsOf(await refresher.get()),
    status: () => {
      const state = refresher.state();
      const lastError = state?.lastError;
      const stale =
        lastError !== undefined && (!state?.lastSuccessAt || lastError.at > state.lastSuccessAt);
      return {
        observedAt: new Date(),
        source: "live",
        store: store.kind,
        stale,
        nextRefreshAt: state?.nextAttemptAt,
        lastError,
        storeFailingSince: refresher.storeFailingSince(),
        catalogue: catalogueRefresher.state(),
      };
    },
    countSnapshots: () => store.countSnapshots(),
  };
}

function createDataService(): Promise<DataService> {
  const config = readServerConfig();
  if (!config.apiKey && process.env.WEBHOOK_URL?.trim()) {
    console.warn("[task-share] WEBHOOK_URL is ignored: sample data is never announced");
  }
  return config.apiKey
    ? createLiveService(config, config.apiKey)
    : Promise.resolve(createSampleService());
}

async function dataService(): Promise<DataService> {
  processState.dataService ??= createDataService();
  try {
    return await processState.dataService;
  } catch (error) {
    // Opening the store failed (say, PostgreSQL was down at start): try again next request.
    processState.dataService = undefined;
    throw new NoDataError("the snapshot store could not be opened", { cause: error });
  }
}

/** The current snapshot: held data at once (refreshed in the background when due). */
export async function getClassifications(): Promise<LoadedTaskDay> {
  return (await dataService()).get();
}

/** The stored history and whether it is live or sample data (see lib/data/history.ts for the readers). */
export async function getArchive(): Promise<{ archive: SnapshotArchive; source: DataMode }> {
  const { archive, source } = await dataService();
  return { archive, source };
}

/** The shared upstream call budget's limits and use; undefined in sample mode. */
export async function getCallBudgetUsage(): Promise<(CallLimits & CallUsage) | undefined> {
  const budget = (await dataService()).callBudget;
  return budget && { ...budget.limits, ...(await budget.usage()) };
}

/** The rankings dataset's source: the live store or the generated sample (see lib/data/rankings). */
export async function getRankingsSource(): Promise<RankingsSource> {
  return (await dataService()).rankings;
}

export async function getDataStatus(): Promise<DataStatus> {
  return (await dataService()).status();
}

export async function countStoredSnapshots(): Promise<number> {
  return (await dataService()).countSnapshots();
}

export function getRevalidateSeconds(): number {
  return readServerConfig().revalidateSeconds;
}

/**
 * The model catalogue held now, or an empty one (every model shown as its slug) while none is
 * stored or the store cannot be read: pages never wait for it and never fail because of it.
 */
export async function getCatalogue(): Promise<ModelCatalogue> {
  try {
    return await (await dataService()).catalogue();
  } catch {
    return EMPTY_CATALOGUE;
  }
}

/** The newest session costs, or why there are none; a store that cannot be opened is "failing". */
export async function getSessionCosts(): Promise<SessionCostsState> {
  try {
    return await (await dataService()).sessionCosts();
  } catch {
    return { state: "failing", message: "the data store is not answering" };
  }
}

/** Opens the store at server start and starts loading the snapshot, without waiting on upstream. */
export async function warmUp(): Promise<void> {
  try {
    const service = await dataService();
    service.get().catch(() => undefined);
    service.catalogue().catch(() => undefined);
    service.sessionCosts().catch(() => undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] could not open the snapshot store at start: ${message}`);
  }
}

registerDataProbe(async () => {
  try {
    const { data, fetchedAt } = await getClassifications();
    const status = await getDataStatus();
    const failedAt = status.lastError?.at.toISOString() ?? "";
    const storeFailing = status.storeFailingSince?.toISOString() ?? "";
    return {
      available: true,
      version: `${data.as_of}|${fetchedAt}|${failedAt}|${storeFailing}`,
      asOf: data.as_of,
    };
  } catch (error) {
    if (isNoDataError(error)) {
      return { available: false, reason: error instanceof Error ? error.message : undefined };
    }
    throw error;
  }
});
