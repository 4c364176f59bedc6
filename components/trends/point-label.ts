import { formatMonth, formatShortDate } from "@/lib/format";
import type { TrendPoint } from "@/lib/derive/trends/trend-table";
import type { RankingsPeriod } from "@/lib/model";

/**
 * What a point covers, in words: "Nov 18, 2026", "Week of Nov 16, 2026", "Nov 2026", a merged
 * run "Nov 1, 2026 – Nov 6, 2026", or a partial one by its days "Nov 16, 2026 – Nov 18, 2026
 * (partial)".
 */
export function pointLabel(point: TrendPoint, period: RankingsPeriod, merged: boolean): string {
  const first = formatShortDate(point.date, true);
  const days =
    point.date === point.until ? first : `${first} – ${formatShortDate(point.until, true)}`;
  if (!point.complete) return `${days} (partial)`;
  if (merged) return days;
  if (period === "month") return formatMonth(point.date);
  if (period === "week") return `Week of ${formatShortDate(point.date, true)}`;
  return formatShortDate(point.date, true);
}

export const PERIOD_NOUNS: Record<RankingsPeriod, [string, string]> = {
  day: ["day", "days"],
  week: ["week", "weeks"],
  month: ["month", "months"],
};
