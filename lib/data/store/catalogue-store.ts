import "server-only";

import { z } from "zod";

import { rawCatalogueModelSchema, type RawCatalogueModel } from "../../openrouter/catalogue-schema";
import type { Queryable } from "./database";
import { createRefreshLease, type AttemptOutcome, type RefreshState } from "./refresh-lease";

// The last good model catalogue (migration 7) and its daily refresh, a job in refresh_jobs like
// the rankings': of however many replicas, the one holding the lease makes the call.

export type StoredCatalogue = { models: RawCatalogueModel[]; fetchedAt: Date };

export type CatalogueRefreshState = Pick<
  RefreshState,
  "nextAttemptAt" | "lastError" | "consecutiveFailures"
>;

export type CatalogueOutcome =
  (AttemptOutcome & { ok: true; models: RawCatalogueModel[] }) | (AttemptOutcome & { ok: false });

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

export function createCatalogueStore(db: Queryable): CatalogueStore {
  const lease = createRefreshLease(db, "catalogue");
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

    state: () => lease.state(),

    claim: (holder, now, leaseMs) => lease.claim(holder, now, leaseMs),

    async finish(holder, outcome) {
      if (outcome.ok) {
        // Only the lease's holder writes: one that lost its lease meanwhile changes nothing.
        await db.query(
          `UPDATE model_catalogue SET models = $2, fetched_at = $3
            WHERE id = 1
              AND EXISTS (SELECT 1 FROM refresh_jobs WHERE job = 'catalogue' AND lease_holder = $1)`,
          [holder, JSON.stringify(outcome.models), outcome.at],
        );
      }
      await lease.finish(holder, outcome);
    },
  };
}
