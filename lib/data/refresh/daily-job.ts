import type { RefreshState } from "../store/refresh-lease";
import type { JobRunner } from "./snapshot-refresher";

// One job for a dataset that upstream republishes whole at most daily (the model catalogue, the
// session costs): at most one fetch a day, shared by every replica through the job's lease in
// refresh_jobs. Nobody waits for it: a request gets what is held in memory (or nothing, and the
// page says so), and the day's fetch runs in the background. The store keeps the last good
// answer, so a restart or an upstream outage changes nothing on the pages.

export const DAILY_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A refused budget made no call: ask again sooner than a day. */
const BUDGET_RETRY_MS = 60 * 60 * 1000;
/** The first retry after a failure while nothing is stored; each further one doubles. */
const FIRST_RETRY_MS = 2 * 60 * 1000;
/** How often a process looks in the store for an answer another replica fetched. */
const SYNC_EVERY_MS = 60_000;

/** Asked before each upstream page; false refuses it (the shared call budget). */
export type BeforeCall = () => Promise<boolean>;

export type DailyJobState = Pick<
  RefreshState,
  "nextAttemptAt" | "lastError" | "consecutiveFailures" | "lastSuccessAt"
>;

type Attempt = { at: Date; nextAttemptAt: Date };

/** A fetch's outcome: a success carries what was fetched, for the store to keep. */
export type DailyJobOutcome<Fetched> =
  | (Attempt & { ok: true; fetched: Fetched })
  | (Attempt & { ok: false; code: string; message: string });

/** Where a daily job keeps its last good answer and its schedule (one row in refresh_jobs). */
export type DailyJobStore<Stored, Fetched> = {
  /** The last good answer, if one was ever stored. */
  read(): Promise<Stored | undefined>;
  /** Changes whenever an answer is written, so readers can cache what they derive. */
  revision(): Promise<string>;
  state(): Promise<DailyJobState>;
  /** Takes the lease if a fetch is due and nobody holds it; true when taken. */
  claim(holder: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records the outcome (a success stores what was fetched) and releases the lease. */
  finish(holder: string, outcome: DailyJobOutcome<Fetched>): Promise<void>;
};

export type DailyJobOptions<Stored, Fetched> = JobRunner & {
  /** What the log names when the store cannot be read: "model catalogue". */
  name: string;
  store: DailyJobStore<Stored, Fetched>;
  fetch: (beforeCall: BeforeCall) => Promise<Fetched>;
  /** The shared call budget (lib/data/refresh/call-budget.ts), asked before each page. */
  beforeCall: BeforeCall;
  /** How long the lease protects one fetch: longer than all its pages together. */
  leaseMs: number;
};

export type DailyJob<Stored> = {
  /** What is held now, at once; undefined until something is stored. */
  get(): Promise<Stored | undefined>;
  /** The shared schedule as of the last sync (next attempt, last failure), if any. */
  state(): DailyJobState | undefined;
  /** Starts no more syncs; resolves once the one under way (and its lease) is done. */
  stop(): Promise<void>;
};

export function createDailyJob<Stored, Fetched>(
  options: DailyJobOptions<Stored, Fetched>,
): DailyJob<Stored> {
  const { store, holder, leaseMs, beforeCall } = options;
  const now = options.now ?? Date.now;
  let held: Stored | undefined;
  let sharedState: DailyJobState | undefined;
  let heldRevision: string | undefined;
  let syncing: Promise<void> | undefined;
  let primed: Promise<void> | undefined;
  let nextSyncAt = 0;
  let stopped = false;

  async function fetchAndStore() {
    try {
      const fetched = await options.fetch(beforeCall);
      const at = now();
      await store.finish(holder, {
        ok: true,
        at: new Date(at),
        nextAttemptAt: new Date(at + DAILY_INTERVAL_MS),
        fetched,
      });
    } catch (error) {
      const at = now();
      const described = options.describeError(error);
      const wait =
        described.code === "budget"
          ? BUDGET_RETRY_MS
          : Math.max(await failureBackoff(), (described.retryAfterSeconds ?? 0) * 1000);
      await store.finish(holder, {
        ok: false,
        at: new Date(at),
        nextAttemptAt: new Date(at + wait),
        code: described.code,
        message: described.message,
      });
      options.onError?.(error);
    }
  }

  /**
   * A day once something is stored (it stays on the pages); while nothing is, minutes,
   * doubling from FIRST_RETRY_MS: a failure at first start must not leave the pages empty for a
   * day.
   */
  async function failureBackoff(): Promise<number> {
    const stored = held ?? (await store.read().catch(() => undefined));
    if (stored) return DAILY_INTERVAL_MS;
    const failures = (await store.state()).consecutiveFailures;
    return Math.min(FIRST_RETRY_MS * 2 ** failures, DAILY_INTERVAL_MS);
  }

  async function sync() {
    try {
      if (await store.claim(holder, new Date(now()), leaseMs)) await fetchAndStore();
      sharedState = await store.state();
      const revision = await store.revision();
      if (revision !== heldRevision) {
        held = (await store.read()) ?? held;
        heldRevision = revision;
      }
    } finally {
      nextSyncAt = now() + SYNC_EVERY_MS;
    }
  }

  function syncOnce(): Promise<void> {
    syncing ??= sync()
      .catch((error: unknown) => {
        // The store is down: what is held stays, and the next sync tries again.
        const message = error instanceof Error ? error.message : "unknown error";
        console.error(`[task-share] ${options.name} sync failed: ${message}`);
      })
      .finally(() => {
        syncing = undefined;
      });
    return syncing;
  }

  return {
    async get() {
      // The first request reads what is stored (local and quick); upstream never waits.
      primed ??= store.read().then(
        (stored) => {
          held ??= stored;
        },
        () => undefined, // a store that cannot be read is reported by the sync
      );
      await primed;
      if (!stopped && now() >= nextSyncAt) void syncOnce();
      return held;
    },
    state: () => sharedState,
    async stop() {
      stopped = true;
      await syncing;
    },
  };
}
