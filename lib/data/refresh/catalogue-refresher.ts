import type { RawCatalogueModel } from "../../openrouter/catalogue-schema";
import type {
  CatalogueRefreshState,
  CatalogueStore,
  StoredCatalogue,
} from "../store/catalogue-store";
import type { DescribedError } from "./snapshot-refresher";

// Keeps the model catalogue current at one paged call a day at most, shared by every replica
// through the store's lease. Nobody waits for it: a request gets the catalogue held in memory
// (or none, and pages show slugs), and the day's call runs in the background. The store keeps
// the last good catalogue, so a restart or an upstream outage changes nothing on the pages.

export const CATALOGUE_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A refused budget made no call: ask again sooner than a day. */
const BUDGET_RETRY_MS = 60 * 60 * 1000;
/** The first retry after a failure while no catalogue is stored; each further one doubles. */
const FIRST_RETRY_MS = 2 * 60 * 1000;
/** How often a process looks in the store for a catalogue another replica fetched. */
const SYNC_EVERY_MS = 60_000;

/** Asked before each upstream page; false refuses it (the shared call budget). */
export type BeforeCall = () => Promise<boolean>;

export type CatalogueRefresherOptions = {
  store: CatalogueStore;
  fetchCatalogue: (beforeCall: BeforeCall) => Promise<RawCatalogueModel[]>;
  /** The shared call budget (lib/data/refresh/call-budget.ts), asked before each page. */
  beforeCall: BeforeCall;
  holder: string;
  /** How long the lease protects one refresh: longer than all its pages together. */
  leaseMs: number;
  describeError: (error: unknown) => DescribedError;
  onError?: (error: unknown) => void;
  now?: () => number;
};

export type CatalogueRefresher = {
  /** The catalogue held now, at once; undefined until one is stored. */
  get(): Promise<StoredCatalogue | undefined>;
  /** The shared refresh state as of the last sync (next attempt, last failure), if any. */
  state(): CatalogueRefreshState | undefined;
  /** Starts no more syncs; resolves once the one under way (and its lease) is done. */
  stop(): Promise<void>;
};

export function createCatalogueRefresher(options: CatalogueRefresherOptions): CatalogueRefresher {
  const { store, holder, leaseMs, beforeCall } = options;
  const now = options.now ?? Date.now;
  let held: StoredCatalogue | undefined;
  let sharedState: CatalogueRefreshState | undefined;
  let heldRevision: string | undefined;
  let syncing: Promise<void> | undefined;
  let primed: Promise<void> | undefined;
  let nextSyncAt = 0;
  let stopped = false;

  async function refresh() {
    try {
      const models = await options.fetchCatalogue(beforeCall);
      const at = now();
      await store.finish(holder, {
        ok: true,
        at: new Date(at),
        nextAttemptAt: new Date(at + CATALOGUE_INTERVAL_MS),
        models,
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
   * A day once a catalogue is stored (its names stay on the pages); while none is, minutes,
   * doubling from FIRST_RETRY_MS: a failure at first start must not leave slugs for a day.
   */
  async function failureBackoff(): Promise<number> {
    const stored = held ?? (await store.read().catch(() => undefined));
    if (stored) return CATALOGUE_INTERVAL_MS;
    const failures = (await store.state()).consecutiveFailures;
    return Math.min(FIRST_RETRY_MS * 2 ** failures, CATALOGUE_INTERVAL_MS);
  }

  async function sync() {
    try {
      if (await store.claim(holder, new Date(now()), leaseMs)) await refresh();
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
        // The store is down: the catalogue held stays, and the next sync tries again.
        const message = error instanceof Error ? error.message : "unknown error";
        console.error(`[task-share] model catalogue sync failed: ${message}`);
      })
      .finally(() => {
        syncing = undefined;
      });
    return syncing;
  }

  return {
    async get() {
      // The first request reads the stored catalogue (local and quick); upstream never waits.
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
