import "server-only";

import { z } from "zod";

import { rawClassificationsDataSchema, type RawClassificationsData } from "../../openrouter/schema";
import type { DataSource } from "../../model";
import { createCallLog, type CallLog } from "./call-log";
import { createCatalogueStore, type CatalogueStore } from "./catalogue-store";
import { createAppsStore, type AppsStore } from "../apps/store";
import { createSessionCostStore, type SessionCostStore } from "../session-cost/store";
import type { Database, Queryable } from "./database";
import { createRankingsStore, type RankingsStore } from "./rankings-store";
import {
  createRefreshLease,
  type AttemptOutcome,
  type RefreshError,
  type RefreshState,
} from "./refresh-lease";
import {
  createWebhookDeliveryStore,
  enqueueDeliveries,
  type WebhookDeliveryStore,
} from "./webhook-deliveries";

// Every good upstream response, one row per as_of (a later fetch of the same day replaces it),
// plus the one row of refresh state that every replica shares: when the next upstream call is
// due, who holds the lease to make it, and how the last attempt went.

/**
 * A stored day and where it came from: fetched by the server ('live'), loaded by `npm run
 * import` ('imported'), or, in the memory archive alone, the bundled sample.
 */
export type StoredTaskDay = { data: RawClassificationsData; fetchedAt: Date; origin: DataSource };

/** A day about to be written: its origin follows from who writes it. */
export type NewSnapshot = Omit<StoredTaskDay, "origin">;

export type { AttemptOutcome, RefreshError, RefreshState };

/** The stored history, read-only: what the history readers need, and all the sample archive offers. */
export type SnapshotArchive = {
  /** Every stored as_of, oldest first. */
  listDates(): Promise<string[]>;
  snapshotAt(asOf: string): Promise<StoredTaskDay | undefined>;
  /** Every stored snapshot, oldest first. */
  allSnapshots(): Promise<StoredTaskDay[]>;
  /** Changes whenever any snapshot is written, so readers can cache what they derive. */
  revision(): Promise<string>;
};

/** The dates an import wrote as new days, overwrote (with `replace`) and left as they were. */
export type ImportResult = { saved: string[]; replaced: string[]; skipped: string[] };

export type SnapshotStore = SnapshotArchive & {
  kind: Database["kind"];
  /**
   * Stores a day fetched from upstream (origin 'live'), replacing one stored for its date. A day
   * not stored before is queued for each of `announceTo`'s webhooks in the same transaction.
   */
  saveSnapshot(snapshot: NewSnapshot, announceTo?: readonly string[]): Promise<void>;
  /**
   * Writes several saved responses in one transaction (origin 'imported'): all or none. Days
   * already stored are kept (and reported as skipped) unless `replace` is set (then reported as
   * replaced).
   */
  importSnapshots(snapshots: NewSnapshot[], options: { replace: boolean }): Promise<ImportResult>;
  /** The newest stored day, or the newest up to `notAfter` (a later one is a fault, not news). */
  latestSnapshot(notAfter?: string): Promise<StoredTaskDay | undefined>;
  countSnapshots(): Promise<number>;
  /** Takes the refresh lease if an attempt is due and nobody holds it; true when taken. */
  claimRefresh(holder: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records an attempt's outcome and releases the lease. */
  finishRefresh(holder: string, outcome: AttemptOutcome): Promise<void>;
  /** Releases the lease without an attempt, due again at `nextAttemptAt` (no call budget left). */
  postponeRefresh(holder: string, nextAttemptAt: Date): Promise<void>;
  refreshState(): Promise<RefreshState>;
  webhookDeliveries: WebhookDeliveryStore;
  /** The account's upstream call budget, shared by every replica and purpose. */
  callLog: CallLog;
  rankings: RankingsStore;
  catalogue: CatalogueStore;
  sessionCost: SessionCostStore;
  apps: AppsStore;
  close(): Promise<void>;
};

const snapshotRow = z.object({
  data: rawClassificationsDataSchema,
  fetched_at: z.date(),
  origin: z.enum(["live", "imported"]),
});

const SNAPSHOT_COLUMNS = "data, fetched_at, origin";

const countRow = z.object({ count: z.coerce.number() });

const dateRow = z.object({ as_of: z.string() });

const revisionRow = z.object({ count: z.coerce.number(), stored_at: z.date().nullable() });

function toStoredSnapshot(row: unknown): StoredTaskDay {
  const parsed = snapshotRow.parse(row);
  return { data: parsed.data, fetchedAt: parsed.fetched_at, origin: parsed.origin };
}

const writtenRow = z.object({ inserted: z.boolean() });

/**
 * How a day already stored meets a new write: "replace" overwrites it (an import told to),
 * "keep" leaves it, and "changed" replaces it only when its figures or origin differ, so a
 * re-fetch of an unchanged day keeps its first fetch time and moves nothing a client sees
 * (fetched_at, ETag, Last-Modified, the feed's updated).
 */
type OnStored = "replace" | "keep" | "changed";

const OVERWRITE = `DO UPDATE SET data = EXCLUDED.data, fetched_at = EXCLUDED.fetched_at,
    origin = EXCLUDED.origin, stored_at = clock_timestamp()`;

const ON_CONFLICT: Record<OnStored, string> = {
  replace: OVERWRITE,
  changed: `${OVERWRITE}
    WHERE snapshots.data IS DISTINCT FROM EXCLUDED.data
       OR snapshots.origin IS DISTINCT FROM EXCLUDED.origin`,
  keep: "DO NOTHING",
};

/** Writes a day: "new", "replaced", or "kept" when the stored one stays. */
async function upsertSnapshot(
  db: Queryable,
  { data, fetchedAt, origin }: StoredTaskDay,
  onStored: OnStored,
): Promise<"new" | "replaced" | "kept"> {
  const onConflict = ON_CONFLICT[onStored];
  // xmax is 0 on a row this statement inserted and non-zero on one it updated (PostgreSQL's
  // documented way to tell the two apart in RETURNING).
  const rows = await db.query(
    `INSERT INTO snapshots (as_of, data, fetched_at, origin) VALUES ($1, $2, $3, $4)
     ON CONFLICT (as_of) ${onConflict} RETURNING (xmax = 0) AS inserted`,
    [data.as_of, JSON.stringify(data), fetchedAt, origin],
  );
  const row = rows[0];
  if (row === undefined) return "kept";
  return writtenRow.parse(row).inserted ? "new" : "replaced";
}

export function createSnapshotStore(db: Database): SnapshotStore {
  const lease = createRefreshLease(db, "snapshots");
  return {
    kind: db.kind,

    saveSnapshot: (snapshot, announceTo = []) =>
      db.transaction(async (tx) => {
        const written = await upsertSnapshot(tx, { ...snapshot, origin: "live" }, "changed");
        if (written === "new") {
          await enqueueDeliveries(tx, snapshot.data.as_of, announceTo, snapshot.fetchedAt);
        }
      }),

    importSnapshots: (snapshots, { replace }) =>
      db.transaction(async (tx) => {
        const result: ImportResult = { saved: [], replaced: [], skipped: [] };
        const listFor = { new: result.saved, replaced: result.replaced, kept: result.skipped };
        for (const snapshot of snapshots) {
          const written = await upsertSnapshot(
            tx,
            { ...snapshot, origin: "imported" },
            replace ? "replace" : "keep",
          );
          listFor[written].push(snapshot.data.as_of);
        }
        return result;
      }),

    async latestSnapshot(notAfter) {
      const rows = await db.query(
        `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE as_of <= $1 ORDER BY as_of DESC LIMIT 1`,
        [notAfter ?? "9999-12-31"],
      );
      return rows[0] === undefined ? undefined : toStoredSnapshot(rows[0]);
    },

    async listDates() {
      const rows = await db.query("SELECT as_of FROM snapshots ORDER BY as_of");
      return z
        .array(dateRow)
        .parse(rows)
        .map((row) => row.as_of);
    },

    async snapshotAt(asOf) {
      const rows = await db.query(`SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE as_of = $1`, [
        asOf,
      ]);
      return rows[0] === undefined ? undefined : toStoredSnapshot(rows[0]);
    },

    async allSnapshots() {
      const rows = await db.query(`SELECT ${SNAPSHOT_COLUMNS} FROM snapshots ORDER BY as_of`);
      return rows.map(toStoredSnapshot);
    },

    async revision() {
      const rows = await db.query(
        "SELECT count(*) AS count, max(stored_at) AS stored_at FROM snapshots",
      );
      const row = revisionRow.parse(rows[0]);
      return `${row.count}:${row.stored_at?.toISOString() ?? "-"}`;
    },

    async countSnapshots() {
      const rows = await db.query("SELECT count(*) AS count FROM snapshots");
      return countRow.parse(rows[0]).count;
    },

    claimRefresh: (holder, now, leaseMs) => lease.claim(holder, now, leaseMs),
    finishRefresh: (holder, outcome) => lease.finish(holder, outcome),
    postponeRefresh: (holder, nextAttemptAt) => lease.postpone(holder, nextAttemptAt),
    refreshState: () => lease.state(),

    webhookDeliveries: createWebhookDeliveryStore(db),
    callLog: createCallLog(db),
    rankings: createRankingsStore(db),

    catalogue: createCatalogueStore(db),
    sessionCost: createSessionCostStore(db),
    apps: createAppsStore(db),

    close: () => db.close(),
  };
}
