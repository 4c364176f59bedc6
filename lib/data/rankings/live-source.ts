import "server-only";

import type { RefreshState } from "../store/refresh-lease";
import type { RankingsStore, SeriesRecord } from "../store/rankings-store";
import type { HeldSeries, RankingsSource } from "./series-source";
import { seriesName, type RankingsRow, type RankingsStatus } from "../../model";

// The stored rankings, read per request but parsed once per write: each series' rows (up to
// 700 days × 51 of them) are held in memory with the write time they were read at, and read
// again only when the series' stored_at moves. If the store stops answering, the rows held
// are served, marked failing.

/** The store did not answer and nothing of the series is held: a 503, never a 500. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

/** By name, not `instanceof`: Next bundles each route with its own copy of this module. */
export function isStoreUnavailableError(error: unknown): boolean {
  return error instanceof Error && error.name === "StoreUnavailableError";
}

type Held = { storedAt: number; rows: Promise<RankingsRow[]>; record: SeriesRecord };

export function createLiveRankingsSource(store: RankingsStore): RankingsSource {
  const held = new Map<string, Held>();

  async function read(name: string): Promise<HeldSeries> {
    const [record, job] = await Promise.all([store.record(name), store.job.state()]);
    const storedAt = record?.storedAt?.getTime();
    if (!record || storedAt === undefined) {
      return {
        rows: [],
        asOf: "",
        firstDate: null,
        lastDate: null,
        coveredThrough: null,
        status: statusOf(record, job),
      };
    }
    let current = held.get(name);
    if (current?.storedAt !== storedAt) {
      current = { storedAt, rows: store.rows(name), record };
      held.set(name, current);
      current.rows.catch(() => held.delete(name));
    }
    return {
      rows: await current.rows,
      asOf: record.asOf ?? "",
      firstDate: record.firstDate,
      lastDate: record.lastDate,
      coveredThrough: record.fetchedThrough,
      status: statusOf(record, job),
    };
  }

  return {
    source: "live",
    async series(key) {
      const name = seriesName(key);
      try {
        return await read(name);
      } catch (error) {
        const last = held.get(name);
        if (!last) {
          throw new StoreUnavailableError(`the rankings store did not answer for ${name}`, {
            cause: error,
          });
        }
        const message = error instanceof Error ? error.message : "unknown error";
        console.error(`[task-share] rankings store unavailable, serving held rows: ${message}`);
        return {
          rows: await last.rows,
          asOf: last.record.asOf ?? "",
          firstDate: last.record.firstDate,
          lastDate: last.record.lastDate,
          coveredThrough: last.record.fetchedThrough,
          status: {
            state: "failing",
            lastError: { code: "store", message: "the store did not answer", at: new Date() },
          },
        };
      }
    },
  };
}

/**
 * Failing when this series' last call failed after its last write, or when the refresh as a
 * whole failed (upstream down, rate limited, key refused) since this series was written; else
 * ready once anything is stored, backfilling before.
 */
function statusOf(record: SeriesRecord | undefined, job: RefreshState): RankingsStatus {
  const nextRefreshAt = job.nextAttemptAt;
  const storedAt = record?.refreshedAt ?? null;
  const seriesError = record?.lastError;
  if (seriesError && (!storedAt || seriesError.at > storedAt)) {
    return { state: "failing", lastError: seriesError, nextRefreshAt };
  }
  const jobError = job.lastError;
  const jobFailing = jobError && (!job.lastSuccessAt || jobError.at > job.lastSuccessAt);
  if (jobFailing && (!storedAt || jobError.at > storedAt)) {
    return { state: "failing", lastError: jobError, nextRefreshAt };
  }
  // Ready once rows are stored: an answer that held none (a fault upstream) readies nothing.
  return { state: storedAt && record?.lastDate ? "ready" : "backfilling", nextRefreshAt };
}
