import "server-only";

import { hostname } from "node:os";

import type { ServerConfig } from "../config";
import { createCatalogue, EMPTY_CATALOGUE, type ModelCatalogue } from "../derive/catalogue";
import { registerDataLayerStop } from "../http/data-layer-stop";
import { CallBudgetSpentError, fetchModelCatalogue } from "../openrouter/catalogue";
import { toCatalogueEntry } from "../openrouter/catalogue-schema";
import { fetchTaskClassifications } from "../openrouter/client";
import { UpstreamError } from "../openrouter/errors";
import { fetchRankings } from "../openrouter/rankings-client";
import { readWebhookSettings } from "../webhooks/settings";
import { startWebhookDeliveries } from "../webhooks/start";
import { createLiveRankingsSource } from "./rankings/live-source";
import { createCallBudget, takeCallWaiting } from "./refresh/call-budget";
import { createDailyJob } from "./refresh/daily-job";
import { createRankingsRefresher } from "./refresh/rankings-refresher";
import { createSnapshotRefresher, type DescribedError } from "./refresh/snapshot-refresher";
import { createAppsJob } from "./apps/job";
import { createSessionCostJob } from "./session-cost/job";
import { openSnapshotStore } from "./store";
import type { StoredCatalogue } from "./store/catalogue-store";
import type { StoredTaskDay } from "./store/snapshot-store";
import {
  isStoredDay,
  toClassifications,
  type DataService,
  type LoadedTaskDay,
} from "./data-service";

// The data layer with a key: the store (embedded or PostgreSQL), one shared call budget, and
// the jobs that keep each dataset current (the task snapshots, the rankings, the catalogue, the
// session costs, the apps), each reading its dataset from the store for every request.

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

export async function createLiveService(
  config: ServerConfig,
  apiKey: string,
): Promise<DataService> {
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

  const appsJob = createAppsJob({
    store: store.apps,
    upstream: { ...upstream, maxBytes: config.upstreamMaxBytes },
    takeCall: () => budget.take("apps"),
    // The rankings first: their backfill at a first start takes a minute, the apps' a day or more.
    othersDone: async () => (await store.rankings.job.state()).nextAttemptAt.getTime() > Date.now(),
    holder,
    callLeaseMs: leaseMs,
    describeError,
    onError: failureLogger("apps call"),
  });
  appsJob.start();

  registerDataLayerStop({
    stopJobs: async () => {
      await Promise.all([
        refresher.stop(),
        rankingsRefresher.stop(),
        catalogueRefresher.stop(),
        sessionCostJob.stop(),
        appsJob.stop(),
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
    apps: () => appsJob.get(),
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
