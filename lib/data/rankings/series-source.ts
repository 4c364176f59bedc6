import type { RankingsRow, RankingsSeriesKey, RankingsStatus } from "./types";

/** One whole series as held by a source (the store, or the generated sample). */
export type HeldSeries = {
  rows: RankingsRow[];
  asOf: string;
  firstDate: string | null;
  lastDate: string | null;
  coveredThrough: string | null;
  status: RankingsStatus;
};

/** Where the rankings come from: the live store, or the sample generated in memory. */
export type RankingsSource = {
  source: "live" | "sample";
  series(key: RankingsSeriesKey): Promise<HeldSeries>;
};
