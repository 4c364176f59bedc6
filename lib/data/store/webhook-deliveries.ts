import "server-only";

import { z } from "zod";

import type { Queryable } from "./database";

// Webhook deliveries still to be made, one row per new day and URL (unique), in the store so a
// restart neither drops nor repeats one. Replicas share the rows: a delivery is claimed with a
// lease, as the refresh is, so exactly one process sends it at a time, and once accepted it is
// never claimed again.

export type WebhookDelivery = { asOf: string; url: string; attempts: number };

export type WebhookDeliveryRecord = WebhookDelivery & {
  nextAttemptAt: Date;
  leaseHolder: string | undefined;
  deliveredAt: Date | undefined;
  lastError: string | undefined;
};

export type FailedAttempt = { nextAttemptAt: Date; error: string };

export type WebhookDeliveryStore = {
  /** Queues the day for each URL, due at `now`; a day and URL queued before is left as it is. */
  enqueue(asOf: string, urls: readonly string[], now: Date): Promise<void>;
  /**
   * Takes the lease on the most overdue undelivered delivery to one of `urls` that nobody
   * holds, counting an attempt; undefined when none is due.
   */
  claim(
    holder: string,
    urls: readonly string[],
    now: Date,
    leaseMs: number,
  ): Promise<WebhookDelivery | undefined>;
  /** The receiver accepted it: recorded even if the lease ran out meanwhile, never sent again. */
  markDelivered(delivery: WebhookDelivery, at: Date): Promise<void>;
  /** Records a failed attempt and when to try next, and releases the lease (holder only). */
  markFailed(delivery: WebhookDelivery, holder: string, attempt: FailedAttempt): Promise<void>;
  /** Every delivery, oldest day first. */
  list(): Promise<WebhookDeliveryRecord[]>;
};

const deliveryRow = z.object({ as_of: z.string(), url: z.string(), attempts: z.number() });

const recordRow = deliveryRow.extend({
  next_attempt_at: z.date(),
  lease_holder: z.string().nullable(),
  delivered_at: z.date().nullable(),
  last_error: z.string().nullable(),
});

/** Queues deliveries on any connection, so a new day and its deliveries share one transaction. */
export async function enqueueDeliveries(
  db: Queryable,
  asOf: string,
  urls: readonly string[],
  now: Date,
): Promise<void> {
  if (urls.length === 0) return;
  await db.query(
    `INSERT INTO webhook_deliveries (as_of, url, next_attempt_at)
     SELECT $1, url, $3 FROM unnest($2::text[]) AS url
     ON CONFLICT (as_of, url) DO NOTHING`,
    [asOf, [...urls], now],
  );
}

export function createWebhookDeliveryStore(db: Queryable): WebhookDeliveryStore {
  return {
    enqueue: (asOf, urls, now) => enqueueDeliveries(db, asOf, urls, now),

    async claim(holder, urls, now, leaseMs) {
      if (urls.length === 0) return undefined;
      // The outer conditions are checked again on the row's latest version after waiting for a
      // concurrent claim, so two holders never both take one delivery.
      const rows = await db.query(
        `UPDATE webhook_deliveries
            SET lease_holder = $1, lease_expires_at = $4, attempts = attempts + 1
          WHERE (as_of, url) = (
                  SELECT as_of, url FROM webhook_deliveries
                   WHERE delivered_at IS NULL
                     AND url = ANY($2::text[])
                     AND next_attempt_at <= $3
                     AND (lease_expires_at IS NULL OR lease_expires_at <= $3)
                   ORDER BY next_attempt_at, as_of, url
                   LIMIT 1
                   FOR UPDATE SKIP LOCKED)
            AND delivered_at IS NULL
            AND (lease_expires_at IS NULL OR lease_expires_at <= $3)
          RETURNING as_of, url, attempts`,
        [holder, [...urls], now, new Date(now.getTime() + leaseMs)],
      );
      const row = rows[0] === undefined ? undefined : deliveryRow.parse(rows[0]);
      return row && { asOf: row.as_of, url: row.url, attempts: row.attempts };
    },

    async markDelivered({ asOf, url }, at) {
      await db.query(
        `UPDATE webhook_deliveries
            SET delivered_at = $3, last_error = NULL, lease_holder = NULL, lease_expires_at = NULL
          WHERE as_of = $1 AND url = $2 AND delivered_at IS NULL`,
        [asOf, url, at],
      );
    },

    async markFailed({ asOf, url }, holder, { nextAttemptAt, error }) {
      await db.query(
        `UPDATE webhook_deliveries
            SET next_attempt_at = $4, last_error = $5, lease_holder = NULL, lease_expires_at = NULL
          WHERE as_of = $1 AND url = $2 AND lease_holder = $3 AND delivered_at IS NULL`,
        [asOf, url, holder, nextAttemptAt, error],
      );
    },

    async list() {
      const rows = await db.query(
        `SELECT as_of, url, attempts, next_attempt_at, lease_holder, delivered_at, last_error
           FROM webhook_deliveries ORDER BY as_of, url`,
      );
      return z
        .array(recordRow)
        .parse(rows)
        .map((row) => ({
          asOf: row.as_of,
          url: row.url,
          attempts: row.attempts,
          nextAttemptAt: row.next_attempt_at,
          leaseHolder: row.lease_holder ?? undefined,
          deliveredAt: row.delivered_at ?? undefined,
          lastError: row.last_error ?? undefined,
        }));
    },
  };
}
