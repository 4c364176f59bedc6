import "server-only";

import { z } from "zod";

import { rawClassificationsDataSchema, type RawClassificationsData } from "../openrouter/schema";
import type { Database } from "./database";

// Every good upstream response, one row per as_of (a later fetch of the same day replaces it),
// plus the one row of refresh state that every replica shares: when the next upstream call is
// due, who holds the lease to make it, and how the last attempt went.

export type StoredSnapshot = { data: RawClassificationsData; fetchedAt: Date };

export type RefreshError = { code: string; message: string; at: Date };

export type RefreshState = {
  nextAttemptAt: Date;
  consecutiveFailures: number;
  lastSuccessAt: Date | undefined;
  lastError: RefreshError | undefined;
};

export type AttemptOutcome =
  | { ok: true; at: Date; nextAttemptAt: Date }
  | { ok: false; at: Date; nextAttemptAt: Date; code: string; message: string };

export type SnapshotStore = {
  kind: Database["kind"];
  saveSnapshot(snapshot: StoredSnapshot): Promise<void>;
  latestSnapshot(): Promise<StoredSnapshot | undefined>;
  countSnapshots(): Promise<number>;
  /** Takes the refresh lease if an attempt is due and nobody holds it; true when taken. */
  claimRefresh(holder: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records an attempt's outcome and releases the lease. */
  finishRefresh(holder: string, outcome: AttemptOutcome): Promise<void>;
  refreshState(): Promise<RefreshState>;
  close(): Promise<void>;
};

const snapshotRow = z.object({
  data: rawClassificationsDataSchema,
  fetched_at: z.date(),
});

const stateRow = z.object({
  next_attempt_at: z.date(),
  consecutive_failures: z.number(),
  last_success_at: z.date().nullable(),
  last_error_at: z.date().nullable(),
  last_error_code: z.string().nullable(),
  last_error_message: z.string().nullable(),
});

const countRow = z.object({ count: z.coerce.number() });

export function createSnapshotStore(db: Database): SnapshotStore {
  return {
    kind: db.kind,

    async saveSnapshot({ data, fetchedAt }) {
      await db.query(
        `INSERT INTO snapshots (as_of, data, fetched_at) VALUES ($1, $2, $3)
         ON CONFLICT (as_of) DO UPDATE SET data = EXCLUDED.data, fetched_at = EXCLUDED.fetched_at`,
        [data.as_of, JSON.stringify(data), fetchedAt],
      );
    },

    async latestSnapshot() {
      const rows = await db.query(
        "SELECT data, fetched_at FROM snapshots ORDER BY as_of DESC LIMIT 1",
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      const parsed = snapshotRow.parse(row);
      return { data: parsed.data, fetchedAt: parsed.fetched_at };
    },

    async countSnapshots() {
      const rows = await db.query("SELECT count(*) AS count FROM snapshots");
      return countRow.parse(rows[0]).count;
    },

    async claimRefresh(holder, now, leaseMs) {
      const rows = await db.query(
        `UPDATE refresh_state
            SET lease_holder = $1, lease_expires_at = $3
          WHERE id = 1
            AND next_attempt_at <= $2
            AND (lease_expires_at IS NULL OR lease_expires_at <= $2)
          RETURNING id`,
        [holder, now, new Date(now.getTime() + leaseMs)],
      );
      return rows.length === 1;
    },

    async finishRefresh(holder, outcome) {
      if (outcome.ok) {
        await db.query(
          `UPDATE refresh_state
              SET next_attempt_at = $2, consecutive_failures = 0, last_success_at = $3,
                  lease_holder = NULL, lease_expires_at = NULL
            WHERE id = 1 AND lease_holder = $1`,
          [holder, outcome.nextAttemptAt, outcome.at],
        );
        return;
      }
      await db.query(
        `UPDATE refresh_state
            SET next_attempt_at = $2, consecutive_failures = consecutive_failures + 1,
                last_error_at = $3, last_error_code = $4, last_error_message = $5,
                lease_holder = NULL, lease_expires_at = NULL
          WHERE id = 1 AND lease_holder = $1`,
        [holder, outcome.nextAttemptAt, outcome.at, outcome.code, outcome.message],
      );
    },

    async refreshState() {
      const rows = await db.query(
        `SELECT next_attempt_at, consecutive_failures, last_success_at,
                last_error_at, last_error_code, last_error_message
           FROM refresh_state WHERE id = 1`,
      );
      const row = stateRow.parse(rows[0]);
      const lastError =
        row.last_error_at && row.last_error_code
          ? {
              code: row.last_error_code,
              message: row.last_error_message ?? "",
              at: row.last_error_at,
            }
          : undefined;
      return {
        nextAttemptAt: row.next_attempt_at,
        consecutiveFailures: row.consecutive_failures,
        lastSuccessAt: row.last_success_at ?? undefined,
        lastError,
      };
    },

    close: () => db.close(),
  };
}
