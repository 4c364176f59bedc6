import { attributionFor, type DataSource } from "@/lib/model";

// What one chart exports: the words drawn around the picture and the rows behind it. Built on
// the server from the same snapshot the page shows, so files and screen always agree.

export type ExportValue = string | number | boolean | null;

export type ExportColumn = {
  /** Column name in CSV and key in JSON: snake_case, like the upstream fields. */
  key: string;
  label: string;
};

export type LegendEntry = {
  label: string;
  /** A CSS colour, usually a variable such as var(--chart-code); resolved when drawn. */
  colour: string;
  /** "light" draws the paler swatch used for token-share bars; "marker" a dashed rule's key. */
  swatch?: "solid" | "light" | "marker";
};

export type ChartExport = {
  /** File name without extension: what and when, e.g. task-share-usage-by-tag-2026-11-21. */
  fileStem: string;
  title: string;
  /** Scope of the view: filter, sort, window, in one line. */
  subtitle: string;
  /** What to know when reading the chart, each drawn on its own lines under it. */
  notes?: string[];
  asOf: string;
  citation: string;
  /** Whose figures the rows are: a dated row's own citation is written from it (citedRows). */
  source: DataSource;
  legend: LegendEntry[];
  /** Path and query of the view the chart comes from, drawn under the citation. */
  permalink: string;
  /** The view settings the rows reflect (filter, sort, metric), for the JSON file. */
  view: Record<string, string>;
  columns: ExportColumn[];
  rows: Record<string, ExportValue>[];
};

/** "Code Generation" → "code-generation"; "code:general_impl" → "code-general-impl". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "chart";
}

/** task-share-{what}-{as_of}, every part slugged so the name is safe on any file system. */
export function exportFileStem(what: string[], asOf: string): string {
  return ["task-share", ...what.map(slugify), asOf].join("-");
}

/**
 * A chart's export, its file name derived from `what` it shows and its date, and its citation
 * from the date and the day's source (sample data says it is not OpenRouter's).
 */
export function chartExport({
  what,
  ...chart
}: Omit<ChartExport, "fileStem" | "citation"> & { what: string[] }): ChartExport {
  return {
    ...chart,
    fileStem: exportFileStem(what, chart.asOf),
    citation: attributionFor(chart.asOf, chart.source),
  };
}

/**
 * The rows as a file writes them: a row of a day's series (one with an `as_of` day) carries its
 * own citation, naming its own day; the others share the chart's. Written here, when a file is made, not carried in the page:
 * ninety days of the same sentence would weigh more than the numbers.
 */
export function citedRows(chart: ChartExport): Record<string, ExportValue>[] {
  return chart.rows.map((row) =>
    typeof row.as_of === "string"
      ? { ...row, citation: attributionFor(row.as_of, chart.source) }
      : row,
  );
}
