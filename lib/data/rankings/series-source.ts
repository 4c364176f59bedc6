import type { RankingsSeries, RankingsSeriesKey } from "../../model";

/** One whole series as held by a source (the store, or the generated sample). */
export type HeldSeries = Omit<RankingsSeries, "source" | "period" | "category">;

/** Where the rankings come from: the live store, or the sample generated in memory. */
export type RankingsSource = {
  source: "live" | "sample";
  series(key: RankingsSeriesKey): Promise<HeldSeries>;
};
