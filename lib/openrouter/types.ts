// Domain types: the reshaped snapshot every page and component works with.

/** Where a day's figures came from: fetched from OpenRouter by this server, loaded from a saved
 * OpenRouter response with `npm run import`, or the bundled illustrative sample. */
export type DataSource = "live" | "imported" | "sample";

export type ModelShare = {
  id: string;
  /** 1-based position in the tag's top list (upstream sorts by request volume). */
  rank: number;
  usageShare: number;
  tokenShare: number;
};

/** What the top-N list leaves out; null when the listed models already cover the tag. */
export type OtherModelsShare = { usageShare: number; tokenShare: number } | null;

export type TagShare = {
  tag: string;
  displayName: string;
  macroCategory: string;
  usageShare: number;
  tokenShare: number;
  /** token_share / usage_share: above 1 means the task is more token-heavy than average. */
  tokenIntensity: number | null;
  categoryUsageShare: number;
  categoryTokenShare: number;
  /** 1-based rank by usage share across all tags. */
  usageRank: number;
  /** 1-based rank by usage share within its macro-category. */
  categoryUsageRank: number;
  models: ModelShare[];
  otherModels: OtherModelsShare;
};

export type MacroCategory = {
  key: string;
  label: string;
  usageShare: number;
  tokenShare: number;
  tagCount: number;
};

export type Snapshot = {
  asOf: string;
  windowDays: number;
  tags: TagShare[];
  macroCategories: MacroCategory[];
};

/** One ranked model on one date of the rankings dataset (a day, or a week's or month's first day). */
export type RankingsRow = { date: string; model: string; totalTokens: bigint };

/** One answer of GET /datasets/rankings-daily: rows in upstream's order, its meta as sent. */
export type RankingsAnswer = {
  rows: RankingsRow[];
  asOf: string;
  startDate: string;
  endDate: string;
};
