import type { RawClassificationsData } from "../../openrouter/schema";
import type { RefreshState, SnapshotStore, StoredTaskDay } from "../store/snapshot-store";
import { latestPlausibleDay } from "../../model";
import type { CallGrant } from "./call-budget";
import { nextAttemptAfterFailure, nextAttemptAfterSuccess } from "./policy";

// Keeps one process's view of the snapshot current without ever making a visitor wait for
// upstream once any data exists:
// - the first request reads the newest stored snapshot (so a restart with upstream down serves
//   the last good data at once);
// - after that, requests get the held snapshot immediately and, every few seconds at most, a
//   background sync asks the store whether an upstream call is due. The store's lease lets
//   exactly one process (of however many replicas share the database) make that call; the
//   others just pick up the snapshot it stored;
// - a failed call records its error and the next allowed attempt, and never replaces good data;
// - every call first takes from the account's call budget; when none is left the attempt is
//   postponed until there is.

export class NoDataError extends Error {
  override readonly name = "NoDataError";
}

/**
 * Next bundles the server once per entry (instrumentation, proxy, each route), so the service
 * held in the process-wide registry (lib/process-state.ts) may throw a NoDataError from another
 * bundle's copy of this class: recognise it by name, not by `instanceof`.
 */
export function isNoDataError(error: unknown): boolean {
  return error instanceof Error && error.name === "NoDataError";
}

export type DescribedError = { code: string; message: string; retryAfterSeconds?: number };

/** What every refresh job is run with, whatever it fetches. */
export type JobRunner = {
  /** This process's name in the lease. */
  holder: string;
  describeError: (error: unknown) => DescribedError;
  onError?: (error: unknown) => void;
  /** The clock; tests set their own. */
  now?: () => number;
};

export type SnapshotRefresherOptions = JobRunner & {
  store: SnapshotStore;
  fetchLatest: () => Promise<RawClassificationsData>;
  /** Takes one call from the shared call budget (the tasks' purpose) before each upstream call. */
  takeCall: () => Promise<CallGrant>;
  windowMs: number;
  /** How long a lease protects one attempt: longer than the upstream timeout. */
  leaseMs: number;
  /** Webhooks told about each day this refresher stores for the first time (lib/webhooks). */
  announceTo?: readonly string[];
};

export type SnapshotRefresher = {
  get(): Promise<StoredTaskDay>;
  /** The shared refresh state as of the last sync, if any. */
  state(): RefreshState | undefined;
  /** Since when the store has failed to answer (the held day is served meanwhile), if it has. */
  storeFailingSince(): Date | undefined;
  /** Starts no more syncs; resolves once the one under way (and its lease) is done. */
  stop(): Promise<void>;
};

const MAX_SYNC_INTERVAL_MS = 5_000;

export function createSnapshotRefresher(options: SnapshotRefresherOptions): SnapshotRefresher {
  const { store, windowMs, leaseMs, holder } = options;
  const now = options.now ?? Date.now;
  const syncEveryMs = Math.min(windowMs, MAX_SYNC_INTERVAL_MS);

  let held: StoredTaskDay | undefined;
  let sharedState: RefreshState | undefined;
  let primed: Promise<void> | undefined;
  let syncing: Promise<void> | undefined;
  let nextSyncAt = 0;
  let storeFailure: number | undefined;
  let stopped = false;

  async function readStore() {
    // A day stored later than tomorrow (by a version that did not refuse it) is never served.
    const [latest, state] = await Promise.all([
      store.latestSnapshot(latestPlausibleDay(now())),
      store.refreshState(),
    ]);
    held = latest ?? held;
    sharedState = state;
  }

  async function attemptUpstream() {
    // Out of budget is neither a success nor a failure: the call waits until budget frees up.
    const grant = await options.takeCall();
    if (!grant.granted) {
      await store.postponeRefresh(holder, grant.retryAt);
      return;
    }
    try {
      const data = await options.fetchLatest();
      const at = now();
      await store.saveSnapshot({ data, fetchedAt: new Date(at) }, options.announceTo);
      await store.finishRefresh(holder, {
        ok: true,
        at: new Date(at),
        nextAttemptAt: new Date(nextAttemptAfterSuccess(at, windowMs)),
      });
    } catch (error) {
      const at = now();
      const described = options.describeError(error);
      const previous = await store.refreshState();
      const hasData = held !== undefined || (await store.countSnapshots()) > 0;
      const nextAttemptAt = nextAttemptAfterFailure({
        at,
        windowMs,
        consecutiveFailures: previous.consecutiveFailures + 1,
        hasData,
        retryAfterSeconds: described.retryAfterSeconds,
      });
      await store.finishRefresh(holder, {
        ok: false,
        at: new Date(at),
        nextAttemptAt: new Date(nextAttemptAt),
        code: described.code,
        message: described.message,
      });
      options.onError?.(error);
    }
  }

  async function sync() {
    try {
      if (await store.claimRefresh(holder, new Date(now()), leaseMs)) await attemptUpstream();
      await readStore();
      storeFailure = undefined;
    } catch (error) {
      storeFailure ??= now();
      throw error;
    } finally {
      nextSyncAt = now() + syncEveryMs;
    }
  }

  function syncOnce(): Promise<void> {
    syncing ??= sync().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  function logSyncFailure(error: unknown) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] snapshot sync failed: ${message}`);
  }

  // A function, not the variable, so the check after `await` sees what the sync wrote.
  const current = () => held;

  async function get(): Promise<StoredTaskDay> {
    try {
      primed ??= readStore();
      await primed;
    } catch (error) {
      primed = undefined;
      throw new NoDataError("the snapshot store could not be read", { cause: error });
    }
    const before = current();
    if (before) {
      if (!stopped && now() >= nextSyncAt) syncOnce().catch(logSyncFailure);
      return before;
    }
    if (syncing || (!stopped && now() >= nextSyncAt)) {
      try {
        await syncOnce();
      } catch (error) {
        throw new NoDataError("no snapshot is stored yet and the store could not be read", {
          cause: error,
        });
      }
    }
    const after = current();
    if (after) return after;
    throw new NoDataError("no snapshot is stored yet and upstream has not answered");
  }

  return {
    get,
    state: () => sharedState,
    storeFailingSince: () => (storeFailure === undefined ? undefined : new Date(storeFailure)),
    async stop() {
      stopped = true;
      await syncing?.catch(() => undefined);
    },
  };
}
