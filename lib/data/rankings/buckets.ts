import { addDays, OTHER_MODELS, type RankingsPeriod, type RankingsRow } from "../../model";

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
