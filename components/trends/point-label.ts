import { formatMonth, formatShortDate } from "@/lib/format";
import type { TrendPoint } from "@/lib/derive/trends/trend-table";
import type { RankingsPeriod } from "@/lib/model";

/**
 * What a point covers, in words: "Nov 18, 2026", "Week of Nov 16, 2026", "Nov 2026", or a
 * merged run "Nov 1, 2026 – Nov 6, 2026".
 */
export function pointLabel(point: TrendPoint, period: RankingsPeriod, merged: boolean): string {
  if (merged) return `${formatShortDate(point.date, true)} – ${formatShortDate(point.until, true)}`;
  if (period === "month") return formatMonth(point.date);
  if (period === "week") return `Week of ${formatShortDate(point.date, true)}`;
  return formatShortDate(point.date, true);
}

export const PERIOD_NOUNS: Record<RankingsPeriod, [string, string]> = {
  day: ["day", "days"],
  week: ["week", "weeks"],
  month: ["month", "months"],
};
