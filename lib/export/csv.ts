import Papa from "papaparse";

import type { ChartExport } from "./chart-export";

// A spreadsheet must never run a cell: text starting with = + - @ tab or CR gets a leading
// quote (OWASP's advice). Papa's own `true` setting misses a formula followed by a newline.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows on screen as CSV: raw fractions at full precision, one column per field, and the
 * citation in a `source` column on every row so any excerpt still carries it.
 */
export function toCsv(chart: ChartExport): string {
  const fields = [...chart.columns.map((column) => column.key), "source"];
  const data = chart.rows.map((row) => [
    ...chart.columns.map((column) => row[column.key] ?? ""),
    chart.citation,
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: "\r\n" });
}
