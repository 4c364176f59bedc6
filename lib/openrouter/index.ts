import "server-only";

import { readServerConfig } from "../config";
import { deriveModelUsage, type ModelUsageIndex } from "../model-usage";
import { createRefreshingValue, type RefreshingValue } from "../refresh/refreshing-value";
import { fetchTaskClassifications } from "./client";
import { UpstreamError } from "./errors";
import { reshapeSnapshot } from "./reshape";
import { loadSampleData } from "./sample";
import type { RawClassificationsData } from "./schema";
import type { DataSource, Snapshot } from "./types";

/**
 * One loaded snapshot: the wire data as received, its domain shape, the per-model and
 * per-provider view derived from it (once per snapshot, not per request), and where it came from.
 */
export type Classifications = {
  data: RawClassificationsData;
  snapshot: Snapshot;
  usage: ModelUsageIndex;
  source: DataSource;
  fetchedAt: string;
};

function load(data: RawClassificationsData, source: DataSource): Classifications {
  const snapshot = reshapeSnapshot(data);
  return {
    data,
    snapshot,
    usage: deriveModelUsage(snapshot),
    source,
    fetchedAt: new Date().toISOString(),
  };
}

function createClassificationsValue(): RefreshingValue<Classifications> {
  const config = readServerConfig();
  const apiKey = config.apiKey;
  if (!apiKey) {
    const sample = load(loadSampleData(), "sample");
    return createRefreshingValue({
      load: async () => sample,
      intervalMs: Number.POSITIVE_INFINITY,
    });
  }
  return createRefreshingValue({
    load: async () =>
      load(
        await fetchTaskClassifications({
          apiKey,
          baseUrl: config.baseUrl,
          timeoutMs: config.upstreamTimeoutMs,
        }),
        "live",
      ),
    intervalMs: config.revalidateSeconds * 1000,
    retryAfterSeconds: (error) =>
      error instanceof UpstreamError ? error.retryAfterSeconds : undefined,
    onError: (error) => {
      const message = error instanceof Error ? error.message : "unknown error";
      console.error(`[task-share] upstream refresh failed: ${message}`);
    },
  });
}

// Next bundles route handlers and pages separately, so a plain module-level variable could
// exist twice and double the upstream calls; one instance per process lives on globalThis.
const globalStore = globalThis as typeof globalThis & {
  taskShareClassifications?: RefreshingValue<Classifications>;
};

function classificationsValue(): RefreshingValue<Classifications> {
  globalStore.taskShareClassifications ??= createClassificationsValue();
  return globalStore.taskShareClassifications;
}

/** The current snapshot: held data at once (refreshed in the background when due). */
export function getClassifications(): Promise<Classifications> {
  return classificationsValue().get();
}

export function getRevalidateSeconds(): number {
  return readServerConfig().revalidateSeconds;
}

/** The as_of of the data held right now, without waiting or calling upstream. */
export function getHeldAsOf(): string | undefined {
  return classificationsValue().state().value?.snapshot.asOf;
}
