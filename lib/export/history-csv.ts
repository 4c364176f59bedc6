import { attributionFor } from "../citation";
import type { TagHistoryPoint } from "../derive/tag-history";
import type { DataSource } from "../openrouter/types";

import { writeCsv } from "./csv";

// CSV for spreadsheets: one row per stored date, each row citing its own as_of (a row copied
// out alone still carries its source). Written by the one CSV writer, which neutralises cells a
// spreadsheet would run as a formula, since display names and the tag come from outside.

const COLUMNS = [
  "as_of",
  "tag",
  "display_name",
  "macro_category",
  "usage_share",
  "token_share",
  "category_usage_share",
  "category_token_share",
  "window_days",
  "citation",
] as const;

/** `source` is the history's: sample rows say they are not OpenRouter's in the citation column. */
export function tagHistoryCsv(tag: string, points: TagHistoryPoint[], source: DataSource): string {
  const rows = points.map((point) => [
    point.as_of,
    tag,
    point.display_name,
    point.macro_category,
    point.usage_share,
    point.token_share,
    point.category_usage_share,
    point.category_token_share,
    point.window_days,
    attributionFor(point.as_of, source),
  ]);
  return writeCsv(COLUMNS, rows);
}
