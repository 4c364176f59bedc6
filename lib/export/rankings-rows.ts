import { rankingsCsvRow, rankingsRow } from "../http/api-schemas/rankings";
import type { RankingsRow } from "../model";
import type { RowFormat } from "./row-stream";

// The rankings rows as /api/rankings writes them (lib/export/row-stream.ts streams them, JSON or
// CSV): as upstream sent them, tokens as exact decimal strings (a spreadsheet may round them on
// import; the file does not). A CSV row also carries the citation, so an excerpt still has it.
// A full day series is ~36k rows: they are turned into text a page at a time, as read.

/** Rows per page: a few hundred kilobytes of text at a time. */
export const RANKINGS_PAGE_ROWS = 2_000;

/** The columns of each format: the JSON rows' keys, the CSV header. */
export const RANKINGS_FIELDS: Record<RowFormat, readonly string[]> = {
  json: Object.keys(rankingsRow.shape),
  csv: Object.keys(rankingsCsvRow.shape),
};

/** The rows in pages, each written only when the stream asks for it. */
export function* rankingsPages(
  rows: readonly RankingsRow[],
  citation: string,
  pageRows = RANKINGS_PAGE_ROWS,
) {
  for (let start = 0; start < rows.length; start += pageRows) {
    yield rows.slice(start, start + pageRows).map((row) => ({
      date: row.date,
      model: row.model,
      total_tokens: row.totalTokens.toString(),
      citation,
    }));
  }
}
