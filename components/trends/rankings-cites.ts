import type { Trend } from "@/lib/data";

/** What a trends view cites once it shows a range: the rankings dataset, on its series' day. */
export function rankingsCites(trend: Trend | undefined) {
  return trend?.range
    ? { asOf: trend.citedDay, source: trend.series.source, dataset: "rankings" as const }
    : undefined;
}
