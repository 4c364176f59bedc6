import type { RankingsCategory, RankingsRow } from "../../model";
import { sumTokens } from "./exact-share";
import { rowsByDate } from "./group-rankings";
import { bucketPoint, namedSeries, type TrendTable } from "./trend-table";

/**
 * Each use-case category's tokens per week, and as the total the sum over the categories that
 * week: a category's share is its weekly tokens divided by the week's categorised tokens. A week
 * one category lacks counts it as 0 there (upstream sends no row when nothing was sampled).
 */
export function categoryShares(
  series: readonly { category: RankingsCategory; label: string; rows: readonly RankingsRow[] }[],
): TrendTable {
  const byCategory = series.map((item) => {
    const weeks = new Map<string, bigint>();
    for (const [date, rows] of rowsByDate(item.rows)) {
      weeks.set(date, sumTokens(rows.map((row) => row.totalTokens)));
    }
    return weeks;
  });
  const dates = [...new Set(byCategory.flatMap((weeks) => [...weeks.keys()]))].sort();
  return {
    period: "week",
    identity: "category",
    series: namedSeries(series.map((item) => ({ label: item.label, members: [item.category] }))),
    points: dates.map((date) => {
      const values = byCategory.map((weeks) => weeks.get(date) ?? 0n);
      return bucketPoint(date, "week", values, sumTokens(values));
    }),
  };
}
