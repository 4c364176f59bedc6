import "server-only";

import { z } from "zod";

import { rawCatalogueModelSchema, type RawCatalogueModel } from "../../openrouter/catalogue-schema";
import type { Queryable } from "./database";
import type { DailyJobStore } from "../refresh/daily-job";
import { createRefreshLease } from "./refresh-lease";

// The last good model catalogue (migration 7) and its daily job's schedule in refresh_jobs: of
// however many replicas, the one holding the lease makes the call (lib/data/refresh/daily-job.ts).

export type StoredCatalogue = { models: RawCatalogueModel[]; fetchedAt: Date };

export type CatalogueStore = DailyJobStore<StoredCatalogue, RawCatalogueModel[]>;

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
          [holder, JSON.stringify(outcome.fetched), outcome.at],
        );
      }
      await lease.finish(holder, outcome);
    },
  };
}
