import type { ExportValue } from "./chart-export";
import { writeCsv, writeCsvRows } from "./csv";

// A table written while it is read: CSV (through the one CSV writer) or JSON, a page of rows at
// a time, so a download of every stored day is never held whole in memory. The rows come from
// any source of pages, a day at a time from the history or pages of a store query alike.

export type RowFormat = "json" | "csv";

export type Row = Record<string, ExportValue>;
/** Pages of rows: read in order, each only when the stream needs it. */
export type RowPages = Iterable<Row[]> | AsyncIterable<Row[]>;

export type RowStreamOptions = {
  format: RowFormat;
  /** The columns, in order: the CSV header and the order of each JSON row's keys. */
  fields: readonly string[];
  pages: RowPages;
  /** JSON only: the document's other fields, written before its `rows`. */
  head: Record<string, unknown>;
};

async function* csvChunks(fields: readonly string[], pages: RowPages) {
  yield writeCsv(fields, []);
  for await (const rows of pages) {
    yield writeCsvRows(rows.map((row) => fields.map((field) => row[field] ?? null)));
  }
}

async function* jsonChunks(
  fields: readonly string[],
  head: Record<string, unknown>,
  pages: RowPages,
) {
  // `{…head, "rows":[]}` less its closing `]}`: the rows follow one to a line.
  yield JSON.stringify({ ...head, rows: [] }).slice(0, -2);
  let separator = "\n";
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    const ordered = rows.map((row) =>
      JSON.stringify(Object.fromEntries(fields.map((field) => [field, row[field] ?? null]))),
    );
    yield `${separator}${ordered.join(",\n")}`;
    separator = ",\n";
  }
  yield "\n]}\n";
}

/** The table as a byte stream: each page is encoded only when the reader asks for more. */
export function rowStream({
  format,
  fields,
  pages,
  head,
}: RowStreamOptions): ReadableStream<Uint8Array> {
  const chunks = format === "csv" ? csvChunks(fields, pages) : jsonChunks(fields, head, pages);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
