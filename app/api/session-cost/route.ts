import { getSessionCosts } from "@/lib/data";
import { attributionFor, type SessionCostCell } from "@/lib/model";
import { notStoredYetError, withApiErrors } from "@/lib/http/api-response";
import { formatOf } from "@/lib/http/api-schemas/common";
import {
  SESSION_COST_ROUTE,
  sessionCostCsvRow,
  sessionCostRow,
} from "@/lib/http/api-schemas/session-cost";
import { storedAnswer } from "@/lib/http/dataset-response";

export const dynamic = "force-dynamic";

const FIELDS = {
  json: Object.keys(sessionCostRow.shape),
  csv: Object.keys(sessionCostCsvRow.shape),
};

/**
 * OpenRouter's session costs as stored: every cell of the newest snapshot, exactly as upstream
 * published it, narrowed by upstream's own filters. JSON, or ?format=csv.
 */
export const GET = withApiErrors(SESSION_COST_ROUTE, async (request) => {
  const costs = await getSessionCosts();
  if (costs.state === "fetching" || costs.state === "failing") {
    return notStoredYetError("session costs", costs, "the first snapshot is being fetched");
  }
  const fields = FIELDS[formatOf(request)];
  if (costs.state === "unpublished") {
    const checked = costs.checkedAt;
    return storedAnswer(request, {
      version: `unpublished|${checked.toISOString()}`,
      lastModified: checked,
      fields,
      head: {
        citation: attributionFor(checked.toISOString(), "live", "session-cost"),
        as_of: null,
        source: "live",
        status: "unpublished",
        window_days: null,
        window_end_date: null,
      },
      rows: [],
      fileName: "session-cost",
    });
  }
  const params = new URL(request.url).searchParams;
  const keep = (cell: SessionCostCell) =>
    (!params.has("app_slug") || cell.appSlug === params.get("app_slug")) &&
    (!params.has("model") || cell.model === params.get("model")) &&
    (!params.has("turn_range") || cell.turnRange === params.get("turn_range"));
  const { cells, asOf, source, windowDays, windowEndDate, fetchedAt } = costs.costs;
  const citation = attributionFor(asOf, source, "session-cost");
  return storedAnswer(request, {
    version: `${source}|${asOf}|${windowEndDate}|${fetchedAt}`,
    lastModified: new Date(fetchedAt),
    fields,
    head: {
      citation,
      as_of: asOf,
      source,
      status: "published",
      window_days: windowDays,
      window_end_date: windowEndDate,
    },
    rows: cells.filter(keep).map((cell) => ({
      app_slug: cell.appSlug,
      app_name: cell.appName,
      model_permaslug: cell.model,
      turn_range: cell.turnRange,
      median_session_cost_usd: cell.medianUsd,
      citation,
    })),
    fileName: `session-cost-${windowEndDate}`,
  });
});
