import "server-only";

import { z } from "zod";

import type { Database } from "./database";

// Every upstream call any replica made, so all of them count against the account's one budget.
// A call is taken and recorded in one transaction under an advisory lock: two replicas asking
// at the same instant are answered one after the other, never both from the same count.

export type CallPurpose = "tasks" | "rankings" | "catalogue" | "session-cost" | "apps";

export type CallLimits = { perMinute: number; perDay: number };

export type CallGrant = { granted: true } | { granted: false; retryAt: Date };

export type CallUsage = { lastMinute: number; today: number };

export type CallLog = {
  /** Records a call for `purpose` if fewer than the limits were made in the last minute and today (UTC). */
  take(purpose: CallPurpose, limits: CallLimits, now: Date): Promise<CallGrant>;
  usage(now: Date): Promise<CallUsage>;
};

const BUDGET_LOCK = 7_316_543;
const MINUTE_MS = 60_000;
/** Kept longer than any window counted, then pruned. */
const KEEP_MS = 2 * 86_400_000;

const atRow = z.object({ at: z.date() });
const countRow = z.object({ count: z.coerce.number() });

function startOfUtcDay(now: Date): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
}

export function createCallLog(db: Database): CallLog {
  return {
    take: (purpose, { perMinute, perDay }, now) =>
      db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1)", [BUDGET_LOCK]);
        await tx.query("DELETE FROM upstream_calls WHERE at < $1", [
          new Date(now.getTime() - KEEP_MS),
        ]);
        const recent = z
          .array(atRow)
          .parse(
            await tx.query("SELECT at FROM upstream_calls WHERE at > $1 AND at <= $2 ORDER BY at", [
              new Date(now.getTime() - MINUTE_MS),
              now,
            ]),
          );
        if (recent.length >= perMinute) {
          // Free again once enough of the last minute's calls have left the window.
          const freeing = recent[recent.length - perMinute]?.at ?? now;
          return { granted: false, retryAt: new Date(freeing.getTime() + MINUTE_MS) };
        }
        const dayStart = startOfUtcDay(now);
        const today = countRow.parse(
          (
            await tx.query("SELECT count(*) AS count FROM upstream_calls WHERE at >= $1", [
              dayStart,
            ])
          )[0],
        ).count;
        if (today >= perDay) {
          return { granted: false, retryAt: new Date(dayStart.getTime() + 86_400_000) };
        }
        await tx.query("INSERT INTO upstream_calls (purpose, at) VALUES ($1, $2)", [purpose, now]);
        return { granted: true };
      }),

    async usage(now) {
      const rows = await db.query(
        `SELECT count(*) FILTER (WHERE at > $1) AS last_minute,
                count(*) FILTER (WHERE at >= $2) AS today
           FROM upstream_calls WHERE at <= $3`,
        [new Date(now.getTime() - MINUTE_MS), startOfUtcDay(now), now],
      );
      const row = z
        .object({ last_minute: z.coerce.number(), today: z.coerce.number() })
        .parse(rows[0]);
      return { lastMinute: row.last_minute, today: row.today };
    },
  };
}
