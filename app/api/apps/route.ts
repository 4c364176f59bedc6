import { getApps } from "@/lib/data";
import { resolveAppsWindow } from "@/lib/derive/apps";
import {
  APP_SUBCATEGORIES,
  attributionFor,
  type AppCategory,
  type AppScope,
  type AppSort,
  type AppSubcategory,
} from "@/lib/model";
import { apiError, notStoredYetError, withApiErrors } from "@/lib/http/api-response";
import { APPS_ROUTE, appsCsvRow, appRow } from "@/lib/http/api-schemas/apps";
import { formatOf } from "@/lib/http/api-schemas/common";
import { storedAnswer } from "@/lib/http/dataset-response";

export const dynamic = "force-dynamic";

const FIELDS = { json: Object.keys(appRow.shape), csv: Object.keys(appsCsvRow.shape) };

/** Upstream's category and subcategory as one scope; a pair that disagrees is refused, as upstream does. */
function scopeOf(params: URLSearchParams): AppScope | { problem: string } {
  const category = params.get("category") as AppCategory | null;
  const subcategory = params.get("subcategory") as AppSubcategory | null;
  if (subcategory) {
    const group = APP_SUBCATEGORIES[subcategory];
    if (category && category !== group) {
      return {
        problem: `subcategory ${subcategory} is not in category ${category} (it is in ${group}).`,
      };
    }
    return subcategory;
  }
  return category ?? "all";
}

/**
 * OpenRouter's app rankings as stored: one window's rows exactly as upstream published them
 * (total_tokens a decimal string), asked for with upstream's own parameters. JSON, or ?format=csv.
 */
export const GET = withApiErrors(APPS_ROUTE, async (request) => {
  const params = new URL(request.url).searchParams;
  const scope = scopeOf(params);
  if (typeof scope === "object") return apiError(400, scope.problem);
  const start = params.get("start_date");
  const end = params.get("end_date");
  if ((start === null) !== (end === null)) {
    return apiError(
      400,
      "start_date and end_date go together: give both, or neither for the last 30 days.",
    );
  }
  const apps = await getApps();
  if (apps.state !== "stored") {
    return notStoredYetError("app rankings", apps, "the first windows are being fetched");
  }
  const holding = apps.apps;
  const sort = (params.get("sort") ?? "popular") as AppSort;
  const summary =
    start && end
      ? holding.windows.find(
          (window) =>
            window.startDate === start &&
            window.endDate === end &&
            window.sort === sort &&
            window.scope === scope,
        )
      : resolveAppsWindow(holding, { window: "30d", scope, sort });
  const window = summary && (await holding.read(summary));
  if (!window) {
    const stored = holding.windows
      .filter((candidate) => candidate.sort === sort && candidate.scope === scope)
      .map((candidate) => `${candidate.startDate}/${candidate.endDate}`);
    return apiError(
      404,
      `No ${sort} window ${start ? `${start} to ${end} ` : ""}is stored for ${scope === "all" ? "all apps" : scope}. Stored: ${stored.join(", ") || "none"}.`,
    );
  }
  const citation = attributionFor(window.asOf, holding.source, "apps");
  const isSubcategory = scope in APP_SUBCATEGORIES;
  return storedAnswer(request, {
    version: `${holding.source}|${window.startDate}|${window.endDate}|${sort}|${scope}|${window.fetchedAt}`,
    lastModified: new Date(window.fetchedAt),
    fields: FIELDS[formatOf(request)],
    head: {
      citation,
      as_of: window.asOf,
      source: holding.source,
      start_date: window.startDate,
      end_date: window.endDate,
      sort,
      category:
        scope === "all" ? null : isSubcategory ? APP_SUBCATEGORIES[scope as AppSubcategory] : scope,
      subcategory: isSubcategory ? scope : null,
    },
    rows: window.rows.map((row) => ({
      app_id: row.appId,
      app_name: row.appName,
      rank: row.rank,
      total_requests: row.totalRequests,
      total_tokens: row.totalTokens,
      start_date: window.startDate,
      end_date: window.endDate,
      citation,
    })),
    fileName: `apps-${scope}-${sort}-${window.startDate}-${window.endDate}`,
  });
});
