import "server-only";

import { z } from "zod";

import { APPS_MIGRATION } from "../apps/store";
import { SESSION_COST_MIGRATION } from "../session-cost/store";
import type { Database } from "./database";

// Applied in order at start, each once, recorded in schema_migrations. Replicas starting
// together serialize on an advisory lock, so each migration runs exactly once.

// A background job's lease and last outcome: the columns of refresh_jobs (and of refresh_state,
// the task snapshots' one row before migration 8 moved it there).
const LEASE_COLUMNS = `lease_holder text,
        lease_expires_at timestamptz,
        consecutive_failures integer NOT NULL DEFAULT 0,
        last_success_at timestamptz,
        last_error_at timestamptz,
        last_error_code text,
        last_error_message text`;

const MIGRATIONS = [
  {
    id: 1,
    name: "snapshots and shared refresh state",
    sql: `
      CREATE TABLE snapshots (
        as_of text PRIMARY KEY CHECK (as_of ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        data jsonb NOT NULL,
        fetched_at timestamptz NOT NULL
      );
      CREATE TABLE refresh_state (
        id integer PRIMARY KEY CHECK (id = 1),
        next_attempt_at timestamptz NOT NULL,
        ${LEASE_COLUMNS}
      );
      INSERT INTO refresh_state (id, next_attempt_at) VALUES (1, 'epoch');
    `,
  },
  {
    id: 2,
    name: "when each snapshot row was last written",
    // Readers that cache the history compare count(*) and max(stored_at) to notice any write,
    // a replaced day or an imported old one included (fetched_at alone can go backwards).
    sql: `
      ALTER TABLE snapshots ADD COLUMN stored_at timestamptz NOT NULL DEFAULT clock_timestamp();
    `,
  },
  {
    id: 3,
    name: "where each snapshot row came from",
    // Rows written before this were fetched by the server (or imported, which nobody can tell
    // now): they stay 'live'. The import script writes 'imported'; a later live fetch of the
    // same day replaces the row and makes it 'live' again.
    sql: `
      ALTER TABLE snapshots ADD COLUMN origin text NOT NULL DEFAULT 'live'
        CHECK (origin IN ('live', 'imported'));
    `,
  },
  {
    id: 4,
    name: "webhook deliveries",
    // One row per new day and webhook URL (see webhook-deliveries.ts): what is still to be sent,
    // when to try next, and who holds the lease to send it now.
    sql: `
      CREATE TABLE webhook_deliveries (
        as_of text NOT NULL,
        url text NOT NULL,
        queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        lease_holder text,
        lease_expires_at timestamptz,
        delivered_at timestamptz,
        last_error text,
        PRIMARY KEY (as_of, url)
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
        WHERE delivered_at IS NULL;
    `,
  },
  {
    id: 5,
    name: "upstream call budget",
    // One row per upstream call any replica made (tasks, rankings, catalogue), so every replica
    // counts against the account's one budget (see lib/data/refresh/call-budget.ts). Rows older
    // than two days are pruned as calls are taken.
    sql: `
      CREATE TABLE upstream_calls (
        id bigserial PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('tasks', 'rankings', 'catalogue')),
        at timestamptz NOT NULL
      );
      CREATE INDEX upstream_calls_at ON upstream_calls (at);
    `,
  },
  {
    id: 6,
    name: "rankings dataset",
    // The rankings rows of each series ("day", "week", "month", "week:programming", …) as
    // upstream sent them, in its order (position); tokens as exact numerics. Per series: the
    // newest answer's as_of, the last day fetched, coverage, when written (stored_at, by the
    // database's clock: the readers' cache key; refreshed_at, by the server's, as the errors)
    // and the last failed call. refresh_jobs holds each background job's schedule and
    // lease, as refresh_state does for the task snapshots.
    sql: `
      CREATE TABLE rankings_rows (
        series text NOT NULL,
        date text NOT NULL CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        position integer NOT NULL,
        model text NOT NULL,
        total_tokens numeric(40, 0) NOT NULL CHECK (total_tokens >= 0),
        PRIMARY KEY (series, date, model)
      );
      CREATE TABLE rankings_series (
        series text PRIMARY KEY,
        as_of text,
        fetched_through text,
        first_date text,
        last_date text,
        stored_at timestamptz,
        refreshed_at timestamptz,
        last_error_at timestamptz,
        last_error_code text,
        last_error_message text
      );
      CREATE TABLE refresh_jobs (
        job text PRIMARY KEY,
        next_attempt_at timestamptz NOT NULL DEFAULT 'epoch',
        ${LEASE_COLUMNS}
      );
      INSERT INTO refresh_jobs (job) VALUES ('rankings');
    `,
  },
  {
    id: 7,
    name: "model catalogue",
    // The last good catalogue (GET /models, validated models as received) in one row; its daily
    // refresh is a job in refresh_jobs, so replicas share one call through its lease.
    sql: `
      CREATE TABLE model_catalogue (
        id integer PRIMARY KEY CHECK (id = 1),
        models jsonb,
        fetched_at timestamptz
      );
      INSERT INTO model_catalogue (id) VALUES (1);
      INSERT INTO refresh_jobs (job) VALUES ('catalogue');
    `,
  },
  {
    id: 8,
    name: "one lease table",
    // refresh_state (the task snapshots' schedule and lease) had refresh_jobs' columns: its one
    // row moves there as the job 'snapshots', as it stood, a lease held at the time included.
    sql: `
      INSERT INTO refresh_jobs (job, next_attempt_at, lease_holder, lease_expires_at,
          consecutive_failures, last_success_at, last_error_at, last_error_code, last_error_message)
        SELECT 'snapshots', next_attempt_at, lease_holder, lease_expires_at, consecutive_failures,
          last_success_at, last_error_at, last_error_code, last_error_message
          FROM refresh_state WHERE id = 1;
      DROP TABLE refresh_state;
    `,
  },
  {
    id: 9,
    name: "session costs",
    // Each published session-cost snapshot, one row per window, its daily job, and its calls
    // counted in the shared budget.
    sql: SESSION_COST_MIGRATION,
  },
  {
    id: 10,
    name: "app rankings",
    // Each stored window of the app rankings, its planned job, and its calls counted in the
    // shared budget.
    sql: APPS_MIGRATION,
  },
];

const MIGRATION_LOCK = 7_316_542;

const appliedRow = z.object({ id: z.number() });

/** Applies what is missing; `through` stops at a migration (a test of the next one's data). */
export async function migrate(db: Database, { through = Infinity } = {}): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    const rows = z.array(appliedRow).parse(await tx.query("SELECT id FROM schema_migrations"));
    const applied = new Set(rows.map((row) => row.id));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id) || migration.id > through) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [
        migration.id,
        migration.name,
      ]);
    }
  });
}
