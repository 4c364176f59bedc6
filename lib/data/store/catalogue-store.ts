import "server-only";

import { z } from "zod";

import { rawCatalogueModelSchema, type RawCatalogueModel } from "../../openrouter/catalogue-schema";
import type { Queryable } from "./database";
import { claimLease } from "./lease";
import type { RefreshError } from "./snapshot-store";

// The last good model catalogue and the state of its daily refresh, one row (migration 7). The
// lease works as the snapshots' does: of however many replicas, one makes the call.

export type StoredCatalogue = { models: RawCatalogueModel[]; fetchedAt: Date };

export type CatalogueRefreshState = { nextAttemptAt: Date; lastError: RefreshError | undefined };

export type CatalogueOutcome =
  | { ok: true; at: Date; nextAttemptAt: Date; models: RawCatalogueModel[] }
  | { ok: false; at: Date; nextAttemptAt: Date; code: string; message: string };

export type CatalogueStore = {
  /** The last good catalogue, if one was ever stored. */
  read(): Promise<StoredCatalogue | undefined>;
  /** Changes whenever a catalogue is written, so readers can cache what they derive. */
  revision(): Promise<string>;
  state(): Promise<CatalogueRefreshState>;
  /** Takes the lease if a refresh is due and nobody holds it; true when taken. */
  claim(holder: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records the outcome (a success stores the catalogue) and releases the lease. */
  finish(holder: string, outcome: CatalogueOutcome): Promise<void>;
};

const catalogueRow = z.object({
  models: z.array(rawCatalogueModelSchema).nullable(),
  fetched_at: z.date().nullable(),
});

const revisionRow = z.object({ fetched_at: z.date().nullable() });

const stateRow = z.object({
  next_attempt_at: z.date(),
  last_error_at: z.date().nullable(),
  last_error_code: z.string().nullable(),
  last_error_message: z.string().nullable(),
});

export function createCatalogueStore(db: Queryable): CatalogueStore {
  return {
    async read() {
      const rows = await db.query("SELECT models, fetched_at FROM model_catalogue WHERE id = 1");
      const row = catalogueRow.parse(rows[0]);
      return row.models && row.fetched_at
        ? { models: row.models, fetchedAt: row.fetched_at }
        : undefined;
    },

    async revision() {
      const rows = await db.query("SELECT fetched_at FROM model_catalogue WHERE id = 1");
      return revisionRow.parse(rows[0]).fetched_at?.toISOString() ?? "-";
    },

    async state() {
      const rows = await db.query(
        `SELECT next_attempt_at, last_error_at, last_error_code, last_error_message
           FROM model_catalogue WHERE id = 1`,
      );
      const row = stateRow.parse(rows[0]);
      return {
        nextAttemptAt: row.next_attempt_at,
        lastError:
          row.last_error_at && row.last_error_code
            ? {
                code: row.last_error_code,
                message: row.last_error_message ?? "",
                at: row.last_error_at,
              }
            : undefined,
      };
    },

    claim: (holder, now, leaseMs) => claimLease(db, "model_catalogue", holder, now, leaseMs),

    async finish(holder, outcome) {
      if (outcome.ok) {
        await db.query(
          `UPDATE model_catalogue
              SET models = $2, fetched_at = $3, next_attempt_at = $4,
                  lease_holder = NULL, lease_expires_at = NULL
            WHERE id = 1 AND lease_holder = $1`,
          [holder, JSON.stringify(outcome.models), outcome.at, outcome.nextAttemptAt],
        );
        return;
      }
      await db.query(
        `UPDATE model_catalogue
            SET next_attempt_at = $2, last_error_at = $3, last_error_code = $4,
                last_error_message = $5, lease_holder = NULL, lease_expires_at = NULL
          WHERE id = 1 AND lease_holder = $1`,
        [holder, outcome.nextAttemptAt, outcome.at, outcome.code, outcome.message],
      );
    },
  };
}
