import { apiError, unknownDateError, withApiErrors } from "@/lib/http/api-response";
import { citationFor } from "@/lib/citation";
import { getTagHistory } from "@/lib/data/history";
import { tagHistoryCsv } from "@/lib/export/history-csv";
import { isIsoDate } from "@/lib/dates";

export const dynamic = "force-dynamic";

const FORMATS = ["json", "csv"];

/**
 * One tag's stored values on every stored date (up to ?as_of= when given), exactly as stored:
 * JSON by default, ?format=csv for spreadsheets. Dates with no snapshot are simply absent.
 */
export const GET = withApiErrors(
  async (request) => {
    const params = new URL(request.url).searchParams;
    const tag = params.get("tag");
    const asOf = params.get("as_of") ?? undefined;
    const format = params.get("format") ?? "json";
    if (!tag) return apiError(400, "tag is required, e.g. ?tag=code%3Ageneral_impl.");
    if (asOf !== undefined && !isIsoDate(asOf)) {
      return apiError(400, `as_of must be a date as YYYY-MM-DD, not "${asOf}".`);
    }
    if (!FORMATS.includes(format))
      return apiError(400, `format must be json or csv, not "${format}".`);

    const history = await getTagHistory(tag, asOf);
    if (!history.found && history.problem === "date") {
      return unknownDateError(asOf ?? "", history.nearest);
    }
    if (!history.found) return apiError(404, `No stored snapshot lists the task "${tag}".`);

    if (format === "csv") {
      const filename = `task-share-${tag.replace(/[^a-z0-9_-]+/gi, "_")}-to-${history.asOf}.csv`;
      return new Response(tagHistoryCsv(tag, history.points), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${filename}"`,
          "Cache-Control": "no-store",
        },
      });
    }
    return Response.json(
      {
        tag,
        as_of: history.asOf,
        points: history.points,
        citation: citationFor(history.asOf),
        source: history.source,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
  ["tag", "as_of", "format"],
);
