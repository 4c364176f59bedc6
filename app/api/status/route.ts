import {
  countStoredSnapshots,
  getCallBudgetUsage,
  getDataStatus,
  getRankings,
  getSnapshotView,
  isNoDataError,
} from "@/lib/data";
import { withApiErrors } from "@/lib/http/api-response";

export const dynamic = "force-dynamic";

/**
 * Operator view of the data path: freshness, the last failure (no secrets), the store.
 * Answers 503, with the same fields, while there is no data to serve.
 */
export const GET = withApiErrors(async () => {
  const [latest, status, snapshotCount, rankings, budget] = await Promise.all([
    getSnapshotView({ asOf: null }).catch((error: unknown) => {
      if (isNoDataError(error)) return undefined;
      throw error;
    }),
    getDataStatus(),
    // A store that does not answer has no count to give; the status says why.
    countStoredSnapshots().catch(() => null),
    // The daily series stands for the dataset: it is fetched first and refreshed every day.
    getRankings({ period: "day", category: null }).catch(() => undefined),
    getCallBudgetUsage().catch(() => undefined),
  ]);
  const rankingsError = rankings?.status.lastError;
  const current = latest?.found ? latest.classifications : undefined;
  const { lastError, storeFailingSince } = status;
  return Response.json(
    {
      // The served day's source ("live", "imported" or "sample"); `mode` is the server's.
      source: current?.source ?? status.source,
      mode: status.source,
      as_of: current?.data.as_of ?? null,
      fetched_at: current?.fetchedAt ?? null,
      stale: status.stale,
      next_refresh_at: status.nextRefreshAt?.toISOString() ?? null,
      last_error: lastError
        ? { code: lastError.code, message: lastError.message, at: lastError.at.toISOString() }
        : null,
      store: status.store,
      store_failing_since: storeFailingSince?.toISOString() ?? null,
      snapshot_count: snapshotCount,
      // The rankings dataset never decides this answer's status: task pages do not depend on it.
      rankings: !rankings
        ? null
        : {
            state: rankings.status.state,
            as_of: rankings.asOf || null,
            first_date: rankings.firstDate,
            last_date: rankings.lastDate,
            next_refresh_at: rankings.status.nextRefreshAt?.toISOString() ?? null,
            last_error: rankingsError
              ? {
                  code: rankingsError.code,
                  message: rankingsError.message,
                  at: rankingsError.at.toISOString(),
                }
              : null,
          },
      call_budget: !budget
        ? null
        : {
            per_minute: budget.perMinute,
            per_day: budget.perDay,
            used_last_minute: budget.lastMinute,
            used_today: budget.today,
          },
    },
    { status: current ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
