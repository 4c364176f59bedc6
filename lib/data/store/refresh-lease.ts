import "server-only";

import { z } from "zod";

import type { Queryable } from "./database";

// A background job's shared schedule: when its next upstream attempt is due, who holds the
// lease to make it (one replica at a time), and how the last attempt went: one row per job in
// refresh_jobs (the task snapshots, the rankings, the catalogue, the session costs, the apps).

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

export type RefreshLease = {
  /** Takes the lease if an attempt is due and nobody holds it; true when taken. */
  claim(holder: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Lengthens a lease still held by `holder` (a long run of calls); false if it is lost. */
  extend(holder: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records an attempt's outcome and releases the lease. */
  finish(holder: string, outcome: AttemptOutcome): Promise<void>;
  /** Releases the lease without an attempt (no call budget left): neither success nor failure. */
  postpone(holder: string, nextAttemptAt: Date): Promise<void>;
  state(): Promise<RefreshState>;
};

const stateRow = z.object({
  next_attempt_at: z.date(),
  consecutive_failures: z.number(),
  last_success_at: z.date().nullable(),
  last_error_at: z.date().nullable(),
  last_error_code: z.string().nullable(),
  last_error_message: z.string().nullable(),
});

/** The last_error_* columns (of refresh_jobs, rankings_series) as one error. */
export function lastErrorOf(row: {
  last_error_at: Date | null;
  last_error_code: string | null;
  last_error_message: string | null;
}): RefreshError | undefined {
  if (!row.last_error_at || !row.last_error_code) return undefined;
  return {
    code: row.last_error_code,
    message: row.last_error_message ?? "",
    at: row.last_error_at,
  };
}

/** A job's row in refresh_jobs, created by the migration that introduced the job. */
export type RefreshJob = "snapshots" | "rankings" | "catalogue" | "session-cost" | "apps";

export function createRefreshLease(db: Queryable, job: RefreshJob): RefreshLease {
  // The job's key is always $1.
  const released = "lease_holder = NULL, lease_expires_at = NULL";

  return {
    async claim(holder, now, leaseMs) {
      const rows = await db.query(
        `UPDATE refresh_jobs
            SET lease_holder = $2, lease_expires_at = $4
          WHERE job = $1
            AND next_attempt_at <= $3
            AND (lease_expires_at IS NULL OR lease_expires_at <= $3)
          RETURNING next_attempt_at`,
        [job, holder, now, new Date(now.getTime() + leaseMs)],
      );
      return rows.length === 1;
    },

    async extend(holder, now, leaseMs) {
      const rows = await db.query(
        `UPDATE refresh_jobs SET lease_expires_at = $3
          WHERE job = $1 AND lease_holder = $2 RETURNING next_attempt_at`,
        [job, holder, new Date(now.getTime() + leaseMs)],
      );
      return rows.length === 1;
    },

    async finish(holder, outcome) {
      if (outcome.ok) {
        await db.query(
          `UPDATE refresh_jobs
              SET next_attempt_at = $3, consecutive_failures = 0, last_success_at = $4, ${released}
            WHERE job = $1 AND lease_holder = $2`,
          [job, holder, outcome.nextAttemptAt, outcome.at],
        );
        return;
      }
      await db.query(
        `UPDATE refresh_jobs
            SET next_attempt_at = $3, consecutive_failures = consecutive_failures + 1,
                last_error_at = $4, last_error_code = $5, last_error_message = $6, ${released}
          WHERE job = $1 AND lease_holder = $2`,
        [job, holder, outcome.nextAttemptAt, outcome.at, outcome.code, outcome.message],
      );
    },

    async postpone(holder, nextAttemptAt) {
      await db.query(
        `UPDATE refresh_jobs SET next_attempt_at = $3, ${released}
          WHERE job = $1 AND lease_holder = $2`,
        [job, holder, nextAttemptAt],
      );
    },

    async state() {
      const rows = await db.query(
        `SELECT next_attempt_at, consecutive_failures, last_success_at,
                last_error_at, last_error_code, last_error_message
           FROM refresh_jobs WHERE job = $1`,
        [job],
      );
      const parsed = stateRow.parse(rows[0]);
      return {
        nextAttemptAt: parsed.next_attempt_at,
        consecutiveFailures: parsed.consecutive_failures,
        lastSuccessAt: parsed.last_success_at ?? undefined,
        lastError: lastErrorOf(parsed),
      };
    },
  };
}
