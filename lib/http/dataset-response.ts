import "server-only";

import { attributionFor } from "../citation";
import { getStoredDayRange, type Classifications } from "../data";
import { fieldsOf, type Dataset } from "../export/datasets";
import type { DataSource } from "../openrouter/types";
import { rowStream, type RowFormat } from "../export/row-stream";
import { asOfOf, pinnedDayOf } from "../url-state/as-of";
import { missingDayError, withApiErrors } from "./api-response";
import { DATA_LICENSE, formatOf } from "./api-schemas/common";
import { datasetRoute } from "./api-schemas/datasets";
import { conditionalAnswer } from "./conditional";

const CONTENT_TYPES: Record<RowFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/**
 * A dataset's rows for `days` (oldest first, `last` the newest) as a streamed answer: each day becomes
 * rows only when the client has read the ones before. CSV is a download named for what and when.
 */
function datasetAnswer(
  dataset: Dataset,
  format: RowFormat,
  days: Classifications[],
  last: { asOf: string; source: DataSource },
  fileName: string,
): Response {
  const body = rowStream({
    format,
    fields: fieldsOf(dataset),
    pages: dayPages(dataset, days),
    head: {
      dataset: dataset.name,
      title: dataset.title,
      as_of: last.asOf,
      source: last.source,
      citation: attributionFor(last.asOf, last.source),
      license:
        last.source === "sample" ? null : { name: DATA_LICENSE.name, path: DATA_LICENSE.path },
    },
  });
  const headers: Record<string, string> = { "Content-Type": CONTENT_TYPES[format] };
  if (format === "csv") headers["Content-Disposition"] = `attachment; filename="${fileName}.csv"`;
  return new Response(body, { headers });
}

/** One page of rows per day, made when the stream asks for it. */
function* dayPages(dataset: Dataset, days: Classifications[]) {
  for (const day of days) yield dataset.rowsOf(day);
}

/** One day's rows of a dataset as CSV (`/api/classifications?format=csv` and the like). */
export function datasetCsv(dataset: Dataset, day: Classifications): Response {
  return datasetAnswer(
    dataset,
    "csv",
    [day],
    { asOf: day.data.as_of, source: day.source },
    `task-share-${dataset.name}-${day.data.as_of}`,
  );
}

/**
 * The full-history download of a dataset: every stored day up to ?as_of= (default: all), as
 * ?format=csv or JSON, streamed; 304 to a client holding the same days.
 */
export function fullHistoryRoute(dataset: Dataset) {
  return withApiErrors(datasetRoute(dataset), async (request) => {
    const range = await getStoredDayRange(pinnedDayOf(asOfOf(request.url)));
    if (!range.found) return missingDayError(range);
    const freshness = {
      version: range.version,
      lastModified: range.lastModified,
      pinned: false,
    };
    return conditionalAnswer(request, freshness, () =>
      datasetAnswer(
        dataset,
        formatOf(request),
        range.days,
        range,
        `task-share-${dataset.name}-history-to-${range.asOf}`,
      ),
    );
  });
}
