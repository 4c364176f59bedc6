import { getRankings, rankingsWithin } from "@/lib/data";
import { attributionFor } from "@/lib/citation";
import { rankingsCsv } from "@/lib/export/rankings-csv";
import { apiError, noRankingsYetError, withApiErrors } from "@/lib/http/api-response";
import {
  parseRankingsParams,
  RANKINGS_API_PARAMS,
  resolveRange,
} from "@/lib/url-state/rankings-params";

export const dynamic = "force-dynamic";

/**
 * OpenRouter's rankings dataset as stored: the rows of one series over a range, exactly as
 * upstream sent them (decimal strings, the "other" row included). JSON, or ?format=csv.
 */
export const GET = withApiErrors(async (request) => {
  const parsed = parseRankingsParams(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.message);
  const asked = parsed.request;
  const series = await getRankings({ period: asked.period, category: asked.category });
  const range = resolveRange(asked, series.coveredThrough);
  if (!range) return noRankingsYetError(series.status);
  const rows = rankingsWithin(series.rows, { period: asked.period, ...range });
  const citation = attributionFor(series.asOf, series.source);

  if (asked.format === "csv") {
    const name = [asked.period, asked.category?.replace("/", "-"), range.start, range.end];
    return new Response(rankingsCsv(rows, citation), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="rankings-${name.filter(Boolean).join("-")}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return Response.json(
    {
      citation,
      as_of: series.asOf,
      source: series.source,
      period: asked.period,
      category: asked.category,
      start_date: range.start,
      end_date: range.end,
      ...(asked.notices.length > 0 && { notices: asked.notices }),
      status: series.status.state,
      rows: rows.map((row) => ({
        date: row.date,
        model: row.model,
        total_tokens: row.totalTokens.toString(),
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}, RANKINGS_API_PARAMS);
