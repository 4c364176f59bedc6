import type { z } from "zod";

import { attributionFor } from "@/lib/model";
import { getTagHistory } from "@/lib/data";
import { tagHistoryCsv } from "@/lib/export/history-csv";
import { apiError, missingDayError, withApiErrors } from "@/lib/http/api-response";
import { formatOf } from "@/lib/http/api-schemas/common";
import { HISTORY_ROUTE, type tagHistoryAnswer } from "@/lib/http/api-schemas/history";
import { conditionalAnswer } from "@/lib/http/conditional";
import { asOfOf, pinnedDayOf } from "@/lib/url-state/as-of";

export const dynamic = "force-dynamic";

/**
 * One tag's stored values on every stored date (up to ?as_of= when given), exactly as stored:
 * JSON by default, ?format=csv for spreadsheets. Dates with no snapshot are simply absent.
 */
export const GET = withApiErrors(HISTORY_ROUTE, async (request) => {
  // Present and well-formed: withApiErrors checked the query against the route's description.
  const tag = new URL(request.url).searchParams.get("tag") ?? "";
  const history = await getTagHistory(tag, pinnedDayOf(asOfOf(request.url)));
  if (!history.found && history.problem === "date") return missingDayError(history);
  if (!history.found) return apiError(404, `No stored snapshot lists the task "${tag}".`);

  const { asOf, source, points } = history;
  const freshness = { version: history.version, lastModified: history.lastModified, pinned: false };
  return conditionalAnswer(request, freshness, () => {
    if (formatOf(request) === "csv") {
      const filename = `task-share-${tag.replace(/[^a-z0-9_-]+/gi, "_")}-to-${asOf}.csv`;
      return new Response(tagHistoryCsv(tag, points, source), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${filename}"`,
        },
      });
    }
    return Response.json({
      tag,
      as_of: asOf,
      points,
      citation: attributionFor(asOf, source),
      source,
    } satisfies z.infer<typeof tagHistoryAnswer>);
  });
});
