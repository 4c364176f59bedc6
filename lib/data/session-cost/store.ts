import "server-only";

import { z } from "zod";

import { TURN_RANGES, type SessionCosts } from "../../model";
import type { DailyJobStore } from "../refresh/daily-job";
import type { Queryable } from "../store/database";
import { createRefreshLease } from "../store/refresh-lease";
import type { FetchedSessionCosts } from "./upstream";

// Each published session-cost snapshot (migration 9), one row per window, so the history of
// costs builds up week by week; the daily job's schedule is its row in refresh_jobs. Fetching
// the same window again changes nothing unless its cells changed: its first fetch time stays.
// as_of is kept as upstream wrote it, so the API republishes it exactly.

export type StoredSessionCosts = Omit<SessionCosts, "source">;

export type SessionCostStore = DailyJobStore<StoredSessionCosts, FetchedSessionCosts>;

export const SESSION_COST_MIGRATION = `
  CREATE TABLE session_costs (
    window_end_date date PRIMARY KEY,
    window_days integer NOT NULL,
    as_of text NOT NULL,
    fetched_at timestamptz NOT NULL,
    cells jsonb NOT NULL
  );
  INSERT INTO refresh_jobs (job) VALUES ('session-cost');
  ALTER TABLE upstream_calls DROP CONSTRAINT upstream_calls_purpose_check;
  ALTER TABLE upstream_calls ADD CONSTRAINT upstream_calls_purpose_check
    CHECK (purpose IN ('tasks', 'rankings', 'catalogue', 'session-cost'));
`;

const cellSchema = z.object({
  appSlug: z.string(),
  appName: z.string(),
  model: z.string(),
  turnRange: z.enum(TURN_RANGES),
  medianUsd: z.number(),
});

const snapshotRow = z.object({
  window_end_date: z.string(),
  window_days: z.number(),
  as_of: z.string(),
  fetched_at: z.date(),
  cells: z.array(cellSchema),
});

// Dates as text: a date column would come back as a local-midnight Date.
const NEWEST = `SELECT window_end_date::text, window_days, as_of, fetched_at, cells
                  FROM session_costs ORDER BY window_end_date DESC LIMIT 1`;

export function createSessionCostStore(db: Queryable): SessionCostStore {
  const lease = createRefreshLease(db, "session-cost");
  return {
    async read() {
      const [row] = await db.query(NEWEST);
      if (!row) return undefined;
      const parsed = snapshotRow.parse(row);
      return {
        cells: parsed.cells,
        asOf: parsed.as_of,
        windowDays: parsed.window_days,
        windowEndDate: parsed.window_end_date,
        fetchedAt: parsed.fetched_at.toISOString(),
      };
    },

    async revision() {
      const [row] = await db.query(
        "SELECT count(*)::int AS count, max(fetched_at) AS latest FROM session_costs",
      );
      const { count, latest } = z
        .object({ count: z.number(), latest: z.date().nullable() })
        .parse(row);
      return `${count}|${latest?.toISOString() ?? "-"}`;
    },

    state: () => lease.state(),

    claim: (holder, now, leaseMs) => lease.claim(holder, now, leaseMs),

    async finish(holder, outcome) {
      if (outcome.ok && outcome.fetched.published) {
        const { windowEndDate, windowDays, asOf, cells } = outcome.fetched;
        // Only the lease's holder writes: one that lost its lease meanwhile changes nothing.
        await db.query(
          `INSERT INTO session_costs (window_end_date, window_days, as_of, fetched_at, cells)
             SELECT $2, $3, $4, $5, $6
              WHERE EXISTS (SELECT 1 FROM refresh_jobs
                             WHERE job = 'session-cost' AND lease_holder = $1)
           ON CONFLICT (window_end_date) DO UPDATE
             SET window_days = EXCLUDED.window_days, as_of = EXCLUDED.as_of,
                 fetched_at = EXCLUDED.fetched_at, cells = EXCLUDED.cells
           WHERE session_costs.cells IS DISTINCT FROM EXCLUDED.cells
              OR session_costs.window_days IS DISTINCT FROM EXCLUDED.window_days`,
          [holder, windowEndDate, windowDays, asOf, outcome.at, JSON.stringify(cells)],
        );
      }
      await lease.finish(holder, outcome);
    },
  };
}
