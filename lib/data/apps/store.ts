import "server-only";

import { z } from "zod";

import {
  APP_SCOPES,
  APP_SORTS,
  appWindowKey,
  type AppWindow,
  type AppWindowKey,
  isCalendarMonth,
} from "../../model";
import type { Queryable } from "../store/database";
import { createRefreshLease, type RefreshLease } from "../store/refresh-lease";

// Each stored answer of the app rankings (migration 10), one row per window, sort and scope;
// the job's schedule and lease are its row in refresh_jobs. Calendar months are kept for good
// (the apps' history); a rolling window is dropped once the plan no longer wants it, so the
// table stays a few hundred rows. Fetching a window again keeps its first fetch time unless its
// rows changed. as_of is kept as upstream wrote it, so the API republishes it exactly.

export type AppWindowSummary = Omit<AppWindow, "rows">;

export type AppsStore = {
  job: RefreshLease;
  /** Every stored window, without its rows, newest end first. */
  windows(): Promise<AppWindowSummary[]>;
  read(key: AppWindowKey): Promise<AppWindow | undefined>;
  /** Stores an answer, if `holder` still holds the job's lease. */
  save(holder: string, window: AppWindow): Promise<void>;
  /** Drops the rolling windows that are not in `wanted`. */
  prune(wanted: AppWindowKey[]): Promise<void>;
};

export const APPS_MIGRATION = `
  CREATE TABLE app_windows (
    start_date date NOT NULL,
    end_date date NOT NULL,
    sort text NOT NULL,
    scope text NOT NULL,
    as_of text NOT NULL,
    fetched_at timestamptz NOT NULL,
    rows jsonb NOT NULL,
    PRIMARY KEY (start_date, end_date, sort, scope)
  );
  INSERT INTO refresh_jobs (job) VALUES ('apps');
  ALTER TABLE upstream_calls DROP CONSTRAINT upstream_calls_purpose_check;
  ALTER TABLE upstream_calls ADD CONSTRAINT upstream_calls_purpose_check
    CHECK (purpose IN ('tasks', 'rankings', 'catalogue', 'session-cost', 'apps'));
`;

const summaryRow = z.object({
  start_date: z.string(),
  end_date: z.string(),
  sort: z.enum(APP_SORTS),
  scope: z.enum(APP_SCOPES as [string, ...string[]]),
  as_of: z.string(),
  fetched_at: z.date(),
});

const appRow = z.object({
  appId: z.number(),
  appName: z.string(),
  rank: z.number(),
  totalRequests: z.number(),
  totalTokens: z.string(),
});

// Dates as text: a date column would come back as a local-midnight Date.
const COLUMNS = "start_date::text, end_date::text, sort, scope, as_of, fetched_at";

function toSummary(row: unknown): AppWindowSummary {
  const parsed = summaryRow.parse(row);
  return {
    startDate: parsed.start_date,
    endDate: parsed.end_date,
    sort: parsed.sort,
    scope: parsed.scope as AppWindow["scope"],
    asOf: parsed.as_of,
    fetchedAt: parsed.fetched_at.toISOString(),
  };
}

export function createAppsStore(db: Queryable): AppsStore {
  async function windows() {
    const rows = await db.query(
      `SELECT ${COLUMNS} FROM app_windows ORDER BY end_date DESC, start_date DESC`,
    );
    return rows.map(toSummary);
  }

  return {
    job: createRefreshLease(db, "apps"),
    windows,

    async read(key) {
      const [row] = await db.query(
        `SELECT ${COLUMNS}, rows FROM app_windows
          WHERE start_date = $1 AND end_date = $2 AND sort = $3 AND scope = $4`,
        [key.startDate, key.endDate, key.sort, key.scope],
      );
      if (!row) return undefined;
      return { ...toSummary(row), rows: z.array(appRow).parse((row as { rows: unknown }).rows) };
    },

    async save(holder, window) {
      await db.query(
        `INSERT INTO app_windows (start_date, end_date, sort, scope, as_of, fetched_at, rows)
           SELECT $2, $3, $4, $5, $6, $7, $8
            WHERE EXISTS (SELECT 1 FROM refresh_jobs WHERE job = 'apps' AND lease_holder = $1)
         ON CONFLICT (start_date, end_date, sort, scope) DO UPDATE
           SET as_of = EXCLUDED.as_of, fetched_at = EXCLUDED.fetched_at, rows = EXCLUDED.rows
         WHERE app_windows.rows IS DISTINCT FROM EXCLUDED.rows`,
        [
          holder,
          window.startDate,
          window.endDate,
          window.sort,
          window.scope,
          window.asOf,
          window.fetchedAt,
          JSON.stringify(window.rows),
        ],
      );
    },

    async prune(wanted) {
      const keep = new Set(wanted.map(appWindowKey));
      const stale = (await windows()).filter(
        (window) => !isCalendarMonth(window) && !keep.has(appWindowKey(window)),
      );
      for (const window of stale) {
        await db.query(
          `DELETE FROM app_windows
            WHERE start_date = $1 AND end_date = $2 AND sort = $3 AND scope = $4`,
          [window.startDate, window.endDate, window.sort, window.scope],
        );
      }
    },
  };
}
