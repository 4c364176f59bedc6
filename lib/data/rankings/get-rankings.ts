import "server-only";

import { addDays, type RankingsQuery, type RankingsRow, type RankingsSeries } from "../../model";
import { getRankingsSource } from "../service";
import { bucketStart } from "./buckets";

/** A query the dataset cannot answer: a category comes only by week. */
export class RankingsQueryError extends Error {
  override readonly name = "RankingsQueryError";
}

/**
 * One series as stored (live) or generated (sample), narrowed to the query's dates: never waits
 * on upstream. Nothing stored yet gives no rows and the status that says why.
 */
export async function getRankings(query: RankingsQuery): Promise<RankingsSeries> {
  if (query.category && query.period !== "week") {
    throw new RankingsQueryError(`category ${query.category} is only sampled by week`);
  }
  const source = await getRankingsSource();
  const held = await source.series(query);
  return {
    source: source.source,
    period: query.period,
    category: query.category,
    rows: rankingsWithin(held.rows, query),
    asOf: held.asOf,
    firstDate: held.firstDate,
    lastDate: held.lastDate,
    coveredThrough: held.coveredThrough,
    status: held.status,
  };
}

/**
 * The rows dated from the bucket that holds `start` to `end` (each optional), found by binary
 * search: a week or month counts when any of its days is in range.
 */
export function rankingsWithin(
  rows: RankingsRow[],
  { period, start, end }: Pick<RankingsQuery, "period" | "start" | "end">,
): RankingsRow[] {
  if (!start && !end) return rows;
  const from = start ? firstIndex(rows, bucketStart(start, period)) : 0;
  const to = end ? firstIndex(rows, addDays(end, 1)) : rows.length;
  return rows.slice(from, to);
}

/** The first row dated at or after `date` (rows are sorted by date). */
function firstIndex(rows: RankingsRow[], date: string): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle]?.date ?? "") < date) low = middle + 1;
    else high = middle;
  }
  return low;
}
