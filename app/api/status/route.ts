import {
  countStoredSnapshots,
  getCatalogue,
  getDataStatus,
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
  const [latest, status, snapshotCount, catalogue] = await Promise.all([
    getSnapshotView({ asOf: null }).catch((error: unknown) => {
      if (isNoDataError(error)) return undefined;
      throw error;
    }),
    getDataStatus(),
    // A store that does not answer has no count to give; the status says why.
    countStoredSnapshots().catch(() => null),
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
      last_error: errorJson(lastError),
      store: status.store,
      store_failing_since: storeFailingSince?.toISOString() ?? null,
      snapshot_count: snapshotCount,
      // The model catalogue (names, weights): where the one held came from, and its daily refresh.
      catalogue: {
        source: catalogue.source,
        fetched_at: catalogue.fetchedAt,
        next_refresh_at: status.catalogue?.nextAttemptAt.toISOString() ?? null,
        last_error: errorJson(status.catalogue?.lastError),
      },
    },
    { status: current ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});

/** A refresh failure as the status reports it (no secrets: messages never carry the key). */
function errorJson(error: { code: string; message: string; at: Date } | undefined) {
  return error ? { code: error.code, message: error.message, at: error.at.toISOString() } : null;
}
