import "server-only";

import type { Queryable } from "./database";

/** The one-row tables whose refresh a lease guards: the snapshots' and the catalogue's. */
type LeasedTable = "refresh_state" | "model_catalogue";

/**
 * Takes the lease on a refresh row if its attempt is due and nobody holds the lease (or it ran
 * out); true when taken. One UPDATE, so of several replicas asking at once exactly one wins.
 */
export async function claimLease(
  db: Queryable,
  table: LeasedTable,
  holder: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE ${table}
        SET lease_holder = $1, lease_expires_at = $3
      WHERE id = 1
        AND next_attempt_at <= $2
        AND (lease_expires_at IS NULL OR lease_expires_at <= $2)
      RETURNING id`,
    [holder, now, new Date(now.getTime() + leaseMs)],
  );
  return rows.length === 1;
}
