import type { z } from "zod";

import { getTrend, type Trend } from "@/lib/data";
import type { DateRange } from "@/lib/derive/trends/range";
import { attributionFor } from "@/lib/model";
import { RANKINGS_FIELDS, rankingsPages } from "@/lib/export/rankings-rows";
import { apiError, noRankingsYetError, withApiErrors } from "@/lib/http/api-response";
import { RANKINGS_ROUTE, type rankingsAnswer } from "@/lib/http/api-schemas/rankings";
import { conditionalAnswer } from "@/lib/http/conditional";
import { streamedRows } from "@/lib/http/dataset-response";
import { parseRankingsParams, type RankingsApiRequest } from "@/lib/url-state/rankings-params";

export const dynamic = "force-dynamic";

/**
 * OpenRouter's rankings dataset as stored: the rows of one series over a range, exactly as
 * upstream sent them (decimal strings, the "other" row included). JSON, or ?format=csv; streamed
 * a page of rows at a time, so the whole day series since 2025 is never held as one text.
 */
export const GET = withApiErrors(RANKINGS_ROUTE, async (request) => {
  const parsed = parseRankingsParams(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.message);
  const asked = parsed.request;
  const trend = await getTrend({
    period: asked.period,
    category: asked.category,
    from: asked.start ?? null,
    to: asked.end ?? null,
    versions: asked.versions,
    rule: "upstream",
  });
  const { series, range } = trend;
  if (!range) return noRankingsYetError(series.status);
  const catalogueTime = trend.merged ? (trend.catalogue.fetchedAt ?? "") : "";
  // The stored answer's time stamps the range: a refetch (the trailing weeks are revised) changes it.
  const freshness = {
    version: `${series.source}|${series.asOf}|${series.coveredThrough}|${series.status.state}|${catalogueTime}`,
    lastModified: new Date(series.asOf),
    pinned: false,
  };
  return conditionalAnswer(request, freshness, () => answer(asked, trend.series, range));
});

function answer(asked: RankingsApiRequest, series: Trend["series"], range: DateRange): Response {
  const { rows } = series;
  const citation = attributionFor(series.asOf, series.source);
  const name = [
    asked.period,
    asked.category?.replace("/", "-"),
    asked.versions === "merged" ? "merged" : undefined,
    range.from,
    range.to,
  ];
  const head: Omit<z.infer<typeof rankingsAnswer>, "rows"> = {
    citation,
    as_of: series.asOf,
    source: series.source,
    period: asked.period,
    category: asked.category,
    start_date: range.from,
    end_date: range.to,
    ...(asked.notices.length > 0 && { notices: asked.notices }),
    status: series.status.state,
    versions: asked.versions,
  };
  return streamedRows(asked.format, {
    fields: RANKINGS_FIELDS[asked.format],
    head,
    pages: rankingsPages(rows, citation),
    fileName: `rankings-${name.filter(Boolean).join("-")}`,
  });
}
