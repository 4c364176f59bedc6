import { getTagHistory } from "@/lib/data";
import { tagHistoryCsv } from "@/lib/export/history-csv";
import {
  apiError,
  malformedAsOfError,
  missingDayError,
  withApiErrors,
} from "@/lib/http/api-response";
import { attributionFor } from "@/lib/citation";
import { asOfOf, pinnedDayOf } from "@/lib/url-state/as-of";

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
    const asked = asOfOf(request.url);
    const format = params.get("format") ?? "json";
    if (!tag) return apiError(400, "tag is required, e.g. ?tag=code%3Ageneral_impl.");
    if (asked.kind === "malformed") return malformedAsOfError(asked.raw);
    if (!FORMATS.includes(format))
      return apiError(400, `format must be json or csv, not "${format}".`);

    const history = await getTagHistory(tag, pinnedDayOf(asked));
    if (!history.found && history.problem === "date") return missingDayError(history);
    if (!history.found) return apiError(404, `No stored snapshot lists the task "${tag}".`);

    if (format === "csv") {
      const filename = `task-share-${tag.replace(/[^a-z0-9_-]+/gi, "_")}-to-${history.asOf}.csv`;
      return new Response(tagHistoryCsv(tag, history.points, history.source), {
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
        citation: attributionFor(history.asOf, history.source),
        source: history.source,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
  ["tag", "as_of", "format"],
);
