import "server-only";

import { z } from "zod";

import {
  RANKINGS_SERIES,
  seriesName,
  type RankingsAnswer,
  type RankingsPeriod,
  type RankingsRow,
} from "../../model";
import { coveredThrough } from "../rankings/buckets";
import type { Database } from "./database";
import {
  createRefreshLease,
  lastErrorOf,
  type RefreshError,
  type RefreshLease,
} from "./refresh-lease";

// The rankings dataset, one series at a time ("day", "week", "week:programming", …): rows as
// upstream sent them, and per series what the readers and the refresh plan need to know.

/** What is known of one series: its newest answer, coverage, last write and last failure. */
export type SeriesRecord = {
  /** meta.as_of of the newest stored answer. */
  asOf: string | null;
  /** How far the rows received cover the series (lib/data/rankings/buckets.ts, coveredThrough). */
  fetchedThrough: string | null;
  firstDate: string | null;
  lastDate: string | null;
  /** When rows were last written, by the database's clock: the readers' cache key. */
  storedAt: Date | null;
  /** When the last answer was saved, by the server's clock (as `lastError.at`). */
  refreshedAt: Date | null;
  lastError: RefreshError | undefined;
};

export type RankingsStore = {
  /** The schedule and lease of the rankings refresh (one replica refreshes at a time). */
  job: RefreshLease;
  /**
   * Writes an answer: each date it holds replaces that date's stored rows; dates it does not
   * hold are left as they were (an empty or short answer never deletes good data), and the
   * series counts as covered only through the last date it holds.
   */
  save(series: string, answer: RankingsAnswer, at: Date): Promise<void>;
  recordError(series: string, error: RefreshError): Promise<void>;
  /** Every series with a record, by name. */
  records(): Promise<Map<string, SeriesRecord>>;
  record(series: string): Promise<SeriesRecord | undefined>;
  /** A series' rows: dates ascending, upstream's order within a date. */
  rows(series: string): Promise<RankingsRow[]>;
};

const recordRow = z.object({
  series: z.string(),
  as_of: z.string().nullable(),
  fetched_through: z.string().nullable(),
  first_date: z.string().nullable(),
  last_date: z.string().nullable(),
  stored_at: z.date().nullable(),
  refreshed_at: z.date().nullable(),
  last_error_at: z.date().nullable(),
  last_error_code: z.string().nullable(),
  last_error_message: z.string().nullable(),
});

const RECORD_COLUMNS = `series, as_of, fetched_through, first_date, last_date, stored_at,
  refreshed_at, last_error_at, last_error_code, last_error_message`;

const tokensRow = z.object({
  date: z.string(),
  model: z.string(),
  total_tokens: z.string().regex(/^[0-9]+$/),
});

function toRecord(row: unknown): [string, SeriesRecord] {
  const parsed = recordRow.parse(row);
  return [
    parsed.series,
    {
      asOf: parsed.as_of,
      fetchedThrough: parsed.fetched_through,
      firstDate: parsed.first_date,
      lastDate: parsed.last_date,
      storedAt: parsed.stored_at,
      refreshedAt: parsed.refreshed_at,
      lastError: lastErrorOf(parsed),
    },
  ];
}

export function createRankingsStore(db: Database): RankingsStore {
  return {
    job: createRefreshLease(db, "rankings"),

    save: (series, answer, at) =>
      db.transaction(async (tx) => {
        const dates = [...new Set(answer.rows.map((row) => row.date))];
        await tx.query("DELETE FROM rankings_rows WHERE series = $1 AND date = ANY($2::text[])", [
          series,
          dates,
        ]);
        if (answer.rows.length > 0) {
          await tx.query(
            `INSERT INTO rankings_rows (series, date, position, model, total_tokens)
             SELECT $1, date, position, model, tokens::numeric
               FROM unnest($2::text[], $3::integer[], $4::text[], $5::text[])
                 AS incoming (date, position, model, tokens)`,
            [
              series,
              answer.rows.map((row) => row.date),
              answer.rows.map((_, index) => index),
              answer.rows.map((row) => row.model),
              answer.rows.map((row) => row.totalTokens.toString()),
            ],
          );
        }
        await tx.query(
          `INSERT INTO rankings_series AS kept
             (series, as_of, fetched_through, stored_at, refreshed_at)
           VALUES ($1, $2, $3, clock_timestamp(), $4)
           ON CONFLICT (series) DO UPDATE
             SET as_of = EXCLUDED.as_of, stored_at = EXCLUDED.stored_at,
                 refreshed_at = EXCLUDED.refreshed_at,
                 fetched_through = GREATEST(kept.fetched_through, EXCLUDED.fetched_through)`,
          [series, answer.asOf, coveredThrough(answer, periodOf(series)), at],
        );
        await tx.query(
          `UPDATE rankings_series
              SET (first_date, last_date) =
                  (SELECT min(date), max(date) FROM rankings_rows WHERE series = $1)
            WHERE series = $1`,
          [series],
        );
      }),

    async recordError(series, { code, message, at }) {
      await db.query(
        `INSERT INTO rankings_series (series, last_error_at, last_error_code, last_error_message)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (series) DO UPDATE
           SET last_error_at = $2, last_error_code = $3, last_error_message = $4`,
        [series, at, code, message],
      );
    },

    async records() {
      const rows = await db.query(`SELECT ${RECORD_COLUMNS} FROM rankings_series`);
      return new Map(rows.map(toRecord));
    },

    async record(series) {
      const rows = await db.query(
        `SELECT ${RECORD_COLUMNS} FROM rankings_series WHERE series = $1`,
        [series],
      );
      return rows[0] === undefined ? undefined : toRecord(rows[0])[1];
    },

    async rows(series) {
      const rows = await db.query(
        `SELECT date, model, total_tokens::text AS total_tokens
           FROM rankings_rows WHERE series = $1 ORDER BY date, position`,
        [series],
      );
      return rows.map((row) => {
        const parsed = tokensRow.parse(row);
        return { date: parsed.date, model: parsed.model, totalTokens: BigInt(parsed.total_tokens) };
      });
    },
  };
}

/** A stored series' period, read back from its name; a name no series has counts day by day. */
function periodOf(series: string): RankingsPeriod {
  return RANKINGS_SERIES.find((key) => seriesName(key) === series)?.period ?? "day";
}
