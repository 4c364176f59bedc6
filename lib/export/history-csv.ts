import { attributionFor, type DataSource } from "../model";
import type { TagHistoryPoint } from "../derive/tag-history";

import type { ExportValue } from "./chart-export";
import { writeCsv } from "./csv";
import { fieldsOf, TASKS, taskRowOf } from "./datasets";

// CSV for spreadsheets: one row per stored date, each row citing its own as_of (a row copied
// out alone still carries its source): the task's rows of the tasks dataset, so one task's file
// and the full history share their columns. Written by the one CSV writer, which neutralises
// cells a spreadsheet would run as a formula, since display names and the tag come from outside.

/** `source` is the history's: sample rows say they are not OpenRouter's in the citation column. */
export function tagHistoryCsv(tag: string, points: TagHistoryPoint[], source: DataSource): string {
  const fields = fieldsOf(TASKS);
  const rows = points.map((point) => {
    const row: Record<string, ExportValue> = taskRowOf(
      point,
      { ...point, tag },
      attributionFor(point.as_of, source),
    );
    return fields.map((field) => row[field] ?? null);
  });
  return writeCsv(fields, rows);
}
