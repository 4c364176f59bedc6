import {
  addDays,
  OTHER_MODELS,
  type RankingsAnswer,
  type RankingsPeriod,
  type RankingsRow,
} from "../../model";

// How upstream turns days into weeks and months: a bucket is dated by its first day (ISO week:
// Monday; month: the 1st), holds the top 50 models by the bucket's summed tokens, and one
// "other" row with everything else.

export const TOP_MODELS = 50;

/** The first day of the bucket `date` falls in. */
export function bucketStart(date: string, period: RankingsPeriod): string {
  if (period === "month") return `${date.slice(0, 7)}-01`;
  if (period === "day") return date;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The last day of the bucket starting on `date`. */
export function bucketEnd(date: string, period: RankingsPeriod): string {
  if (period === "day") return date;
  if (period === "week") return addDays(date, 6);
  const [year = 0, month = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * How far an answer covers its series: through its last row's bucket, and no further than the
 * end it was asked for. An empty answer covers nothing: upstream's own `meta.end_date` is not
 * trusted, since an empty or short answer (a fault upstream) would mark days covered that were
 * never received, and they would never be asked for again.
 */
export function coveredThrough(answer: RankingsAnswer, period: RankingsPeriod): string | null {
  const last = answer.rows.at(-1)?.date;
  if (!last) return null;
  const end = bucketEnd(last, period);
  return end < answer.endDate ? end : answer.endDate;
}

/**
 * One date's rows from every model's tokens and the date's total: the top 50 by tokens
 * (descending, ties by slug), then "other" with the rest of the total.
 */
export function rankDate(
  date: string,
  tokensByModel: ReadonlyMap<string, bigint>,
  total: bigint,
): RankingsRow[] {
  const ranked = [...tokensByModel]
    .filter(([, tokens]) => tokens > 0n)
    .sort(([a, x], [b, y]) => (x === y ? a.localeCompare(b) : x > y ? -1 : 1))
    .slice(0, TOP_MODELS);
  const listed = ranked.reduce((sum, [, tokens]) => sum + tokens, 0n);
  return [
    ...ranked.map(([model, totalTokens]) => ({ date, model, totalTokens })),
    { date, model: OTHER_MODELS, totalTokens: total - listed },
  ];
}
