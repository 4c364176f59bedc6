import { z } from "zod";

// A task day: one day of OpenRouter's task classifications, reshaped from the wire once
// (lib/openrouter/reshape.ts); every page, component, file and feed works with it.

/** Where a day's figures came from: fetched from OpenRouter by this server, loaded from a saved
 * OpenRouter response with `npm run import`, or the bundled illustrative sample. */
export const dataSourceSchema = z.enum(["live", "imported", "sample"]);

export type DataSource = z.infer<typeof dataSourceSchema>;

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

/** One day's figures; `asOf` is the day the data is for (its own date). */
export type TaskDay = {
  asOf: string;
  windowDays: number;
  tags: TagShare[];
  macroCategories: MacroCategory[];
};
