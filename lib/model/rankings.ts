// The rankings dataset (GET /datasets/rankings-daily) as every reader and page sees it: one
// series per period (and, for the sampled use-case categories, per category), rows exactly as
// upstream sends them, token counts as exact integers.

/** Upstream's use-case categories, in its documented order. */
export const RANKINGS_CATEGORIES = [
  "programming",
  "roleplay",
  "marketing",
  "marketing/seo",
  "technology",
  "science",
  "translation",
  "legal",
  "finance",
  "health",
  "trivia",
  "academia",
] as const;

export type RankingsCategory = (typeof RANKINGS_CATEGORIES)[number];

export const RANKINGS_PERIODS = ["day", "week", "month"] as const;

export type RankingsPeriod = (typeof RANKINGS_PERIODS)[number];

/** The dataset's first day: upstream clamps an earlier start to it. */
export const RANKINGS_FIRST_DAY = "2025-01-01";

/** The reserved slug of the row that sums every model outside a date's top 50. */
export const OTHER_MODELS = "other";

/** One ranked model on one date of the rankings dataset (a day, or a week's or month's first day). */
export type RankingsRow = { date: string; model: string; totalTokens: bigint };

/** One answer of GET /datasets/rankings-daily: rows in upstream's order, its meta as sent. */
export type RankingsAnswer = {
  rows: RankingsRow[];
  asOf: string;
  startDate: string;
  endDate: string;
};

/**
 * Which series and, optionally, which dates (inclusive; a week or month counts when any of its
 * days is in range). A category is sampled weekly upstream, so it only comes with period "week".
 */
export type RankingsQuery = {
  period: RankingsPeriod;
  category: RankingsCategory | null;
  start?: string;
  end?: string;
};

export type RankingsStatus = {
  /** ready: something is stored; backfilling: not yet, and nothing failed; failing: the last call failed. */
  state: "ready" | "backfilling" | "failing";
  lastError?: { code: string; message: string; at: Date };
  nextRefreshAt?: Date;
};

export type RankingsSeries = {
  source: "live" | "sample";
  period: RankingsPeriod;
  category: RankingsCategory | null;
  /** As upstream: dates ascending; within a date upstream's order, "other" last. */
  rows: RankingsRow[];
  /** meta.as_of of the newest stored answer for this series: the citation's date. */
  asOf: string;
  /** The series' stored coverage (not the query's). */
  firstDate: string | null;
  lastDate: string | null;
  /**
   * The last day the stored rows include (upstream's end_date): a week or month dated after
   * the day following it is still filling.
   */
  coveredThrough: string | null;
  /** Nothing stored yet ⇒ rows [] and state "backfilling" (or "failing" with lastError). */
  status: RankingsStatus;
};

/** A series' name: its period and category. */
export type RankingsSeriesKey = Pick<RankingsQuery, "period" | "category">;

export function isRankingsCategory(value: string): value is RankingsCategory {
  return (RANKINGS_CATEGORIES as readonly string[]).includes(value);
}

/** The 15 series the server keeps: day, week, month, and each category by week. */
export const RANKINGS_SERIES: readonly RankingsSeriesKey[] = [
  ...RANKINGS_PERIODS.map((period) => ({ period, category: null })),
  ...RANKINGS_CATEGORIES.map((category) => ({ period: "week" as const, category })),
];

/** A stable text key for a series ("day", "week:programming"): the store's column. */
export function seriesName({ period, category }: RankingsSeriesKey): string {
  return category ? `${period}:${category}` : period;
}
