import Papa from "papaparse";

import { citedRows, type ChartExport, type ExportValue } from "./chart-export";

// The one CSV writer: chart exports and the history API alike. Names come from upstream, and a
// spreadsheet must never run a cell: text starting with = + - @ tab or CR gets a leading quote
// (OWASP's advice). Papa's own `escapeFormulae: true` pattern ends in `.*$` without the s flag,
// so it misses a formula followed by a line break ("=1+1\nmore"); this one looks only at the
// first character. Numbers are written as they are, so a negative share stays a number.
export const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 CSV: a header row, CRLF after every row, formula-like text neutralised. */
export function writeCsv(fields: readonly string[], rows: readonly ExportValue[][]): string {
  return writeCsvRows([fields, ...rows]);
}

/** Rows of CSV without a header, each ended by CRLF: a streamed file's later parts. */
export function writeCsvRows(rows: readonly (readonly ExportValue[])[]): string {
  if (rows.length === 0) return "";
  const body = Papa.unparse(
    rows.map((row) => [...row]),
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
  return `${body}\r\n`;
}

/**
 * The rows on screen as CSV: raw fractions at full precision, one column per field, and the
 * citation in a `citation` column on every row so any excerpt still carries it (a row of a
 * day's series cites its own day).
 */
export function toCsv(chart: ChartExport): string {
  return writeCsv(
    [...chart.columns.map((column) => column.key), "citation"],
    citedRows(chart).map((row) => [
      ...chart.columns.map((column) => row[column.key] ?? null),
      row.citation ?? chart.citation,
    ]),
  );
}
