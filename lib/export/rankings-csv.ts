import type { RankingsRow } from "../openrouter/types";

import { writeCsv } from "./csv";

// The rankings rows for spreadsheets: as upstream sent them, tokens as exact decimal strings
// (a spreadsheet may round them on import; the file does not), the citation on every row so an
// excerpt still carries it. Model slugs come from outside: the one writer neutralises formulas.

export function rankingsCsv(rows: readonly RankingsRow[], citation: string): string {
  return writeCsv(
    ["date", "model", "total_tokens", "source"],
    rows.map((row) => [row.date, row.model, row.totalTokens.toString(), citation]),
  );
}
