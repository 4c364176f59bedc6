import type { z } from "zod";

import {
  countStoredSnapshots,
  getCallBudgetUsage,
  getDataStatus,
  getRankings,
  getCatalogue,
  getSnapshotView,
  isNoDataError,
} from "@/lib/data";
import { withApiErrors } from "@/lib/http/api-response";
import { STATUS_ROUTE, type statusAnswer } from "@/lib/http/api-schemas/status";

export const dynamic = "force-dynamic";

/**
 * Operator view of the data path: freshness, the last failure (no secrets), the store.
 * Answers 503, with the same fields, while there is no data to serve.
 */
export const GET = withApiErrors(STATUS_ROUTE, async () => {
  const [latest, status, snapshotCount, rankings, budget, catalogue] = await Promise.all([
    getSnapshotView({ pinnedDay: null }).catch((error: unknown) => {
      if (isNoDataError(error)) return undefined;
      throw error;
    }),
    getDataStatus(),
    // A store that does not answer has no count to give; the status says why.
    countStoredSnapshots().catch(() => null),
    // The daily series stands for the dataset: it is fetched first and refreshed every day.
    getRankings({ period: "day", category: null }).catch(() => undefined),
    getCallBudgetUsage().catch(() => undefined),
    getCatalogue(),
  ]);
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
      // The current state: an error only while it still holds (no success since); the last
      // failure stays as history, with its time, so monitoring on last_error clears itself.
      last_error: status.stale ? errorJson(lastError) : null,
      last_failure: errorJson(lastError),
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
            last_error: errorJson(rankings.status.lastError),
          },
      call_budget: !budget
        ? null
        : {
            per_minute: budget.perMinute,
            per_day: budget.perDay,
            used_last_minute: budget.lastMinute,
            used_today: budget.today,
          },
      // The model catalogue (names, weights): where the one held came from, and its daily refresh.
      catalogue: {
        source: catalogue.source,
        fetched_at: catalogue.fetchedAt,
        next_refresh_at: status.catalogue?.nextAttemptAt.toISOString() ?? null,
        last_error: errorJson(status.catalogue?.lastError),
      },
    } satisfies z.infer<typeof statusAnswer>,
    { status: current ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});

/** A refresh failure as the status reports it (no secrets: messages never carry the key). */
function errorJson(error: { code: string; message: string; at: Date } | undefined) {
  return error ? { code: error.code, message: error.message, at: error.at.toISOString() } : null;
}
