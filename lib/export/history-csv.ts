import { citationFor } from "../citation";
import type { TagHistoryPoint } from "../derive/tag-history";

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

export function tagHistoryCsv(tag: string, points: TagHistoryPoint[]): string {
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
    citationFor(point.as_of),
  ]);
  return writeCsv(COLUMNS, rows);
}
