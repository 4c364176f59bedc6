import "server-only";

import { attributionFor, type DataSource } from "../model";
import { getCatalogue, getStoredDayRange, type LoadedTaskDay } from "../data";
import type { ModelCatalogue } from "../derive/catalogue";
import { fieldsOf, type Dataset } from "../export/datasets";
import { rowStream, type Row, type RowFormat, type RowPages } from "../export/row-stream";
import { asOfOf, pinnedDayOf } from "../url-state/as-of";
import { missingDayError, withApiErrors } from "./api-response";
import { DATA_LICENSE, formatOf } from "./api-schemas/common";
import { datasetRoute } from "./api-schemas/datasets";
import { conditionalAnswer } from "./conditional";

const CONTENT_TYPES: Record<RowFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/** What a streamed table says about itself besides its rows. */
export type TableHead = {
  /** The dataset's name, in the JSON and the file name. */
  name: string;
  title: string;
  fields: readonly string[];
  /** The newest day in it, and where that day came from: its citation and licence follow. */
  asOf: string;
  source: DataSource;
  /** The CSV's file name, without `.csv`. */
  fileName: string;
};

/**
 * Rows as a streamed answer: CSV (a download named `fileName`) or a JSON document of `head`'s
 * fields then `rows`. Each page of rows is made only when the client has read the ones before.
 */
export function streamedRows(
  format: RowFormat,
  {
    fields,
    head,
    pages,
    fileName,
  }: {
    fields: readonly string[];
    head: Record<string, unknown>;
    pages: RowPages;
    fileName: string;
  },
): Response {
  const headers: Record<string, string> = { "Content-Type": CONTENT_TYPES[format] };
  if (format === "csv") headers["Content-Disposition"] = `attachment; filename="${fileName}.csv"`;
  return new Response(rowStream({ format, fields, pages, head }), { headers });
}

/**
 * One stored answer of a dataset fetched in the background (the session costs, an apps window):
 * its rows under a head, with validators, so an unchanged answer is a 304.
 */
export function storedAnswer(
  request: Request,
  answer: {
    /** Changes whenever the stored answer does. */
    version: string;
    lastModified: Date;
    fields: readonly string[];
    head: Record<string, unknown>;
    rows: Row[];
    fileName: string;
  },
): Promise<Response> {
  const { version, lastModified, rows, ...file } = answer;
  return conditionalAnswer(request, { version, lastModified, pinned: false }, () =>
    streamedRows(formatOf(request), { ...file, pages: [rows] }),
  );
}

/**
 * A dataset as a streamed answer, CSV or JSON, from any source of pages of rows (stored days
 * here; a store query read a page at a time works the same). CSV is a download named for what
 * and when.
 */
export function streamedTable(format: RowFormat, head: TableHead, pages: RowPages): Response {
  const { name, title, fields, asOf, source, fileName } = head;
  return streamedRows(format, {
    fields,
    pages,
    fileName,
    head: {
      dataset: name,
      title,
      as_of: asOf,
      source,
      citation: attributionFor(asOf, source),
      license: source === "sample" ? null : { name: DATA_LICENSE.name, path: DATA_LICENSE.path },
    },
  });
}

/** A dataset's head for days ending on `asOf`. */
function headOf(dataset: Dataset, asOf: string, source: DataSource, fileName: string): TableHead {
  return {
    name: dataset.name,
    title: dataset.title,
    fields: fieldsOf(dataset),
    asOf,
    source,
    fileName,
  };
}

/** One page of rows per day, made when the stream asks for it. */
function* dayPages(dataset: Dataset, days: LoadedTaskDay[], catalogue: ModelCatalogue) {
  for (const day of days) yield dataset.rowsOf(day, catalogue);
}

/** One day's rows of a dataset as CSV (`/api/classifications?format=csv` and the like). */
export function datasetCsv(
  dataset: Dataset,
  day: LoadedTaskDay,
  catalogue: ModelCatalogue,
): Response {
  const { as_of: asOf } = day.data;
  const fileName = `task-share-${dataset.name}-${asOf}`;
  return streamedTable(
    "csv",
    headOf(dataset, asOf, day.source, fileName),
    dayPages(dataset, [day], catalogue),
  );
}

/**
 * The full-history download of a dataset: every stored day up to ?as_of= (default: all), as
 * ?format=csv or JSON, streamed; 304 to a client holding the same days.
 */
export function fullHistoryRoute(dataset: Dataset) {
  return withApiErrors(datasetRoute(dataset), async (request) => {
    const [range, catalogue] = await Promise.all([
      getStoredDayRange(pinnedDayOf(asOfOf(request.url))),
      getCatalogue(),
    ]);
    if (!range.found) return missingDayError(range);
    // Names and weights come from today's catalogue: the answer moves with it.
    const catalogueRevision = dataset.usesCatalogue
      ? `|${catalogue.source}|${catalogue.fetchedAt ?? ""}`
      : "";
    const freshness = {
      version: `${range.version}${catalogueRevision}`,
      lastModified: range.lastModified,
      pinned: false,
    };
    const fileName = `task-share-${dataset.name}-history-to-${range.asOf}`;
    return conditionalAnswer(request, freshness, () =>
      streamedTable(
        formatOf(request),
        headOf(dataset, range.asOf, range.source, fileName),
        dayPages(dataset, range.days, catalogue),
      ),
    );
  });
}
