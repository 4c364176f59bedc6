import { addDays, type RankingsAnswer, seriesName } from "../../model";
import type { RankingsRequest } from "../../openrouter/rankings-client";
import type { RankingsStore } from "../store/rankings-store";
import type { CallGrant } from "./call-budget";
import { createPlannedJob, type PlannedJob } from "./planned-job";
import { nextDailyRefresh, planRankingsCalls, type PlannedCall } from "./rankings-plan";
import type { JobRunner } from "./snapshot-refresher";

// Keeps the stored rankings current in the background, as a planned job (planned-job.ts): each
// run plans the calls from the series' stored days (rankings-plan.ts); a failed call is recorded
// on its series and the others go on. Pages only ever read the store.

export type RankingsRefresherOptions = JobRunner & {
  store: RankingsStore;
  fetchRankings: (request: RankingsRequest) => Promise<RankingsAnswer>;
  /** Takes one call from the shared call budget (the rankings' purpose). */
  takeCall: () => Promise<CallGrant>;
  /** How long the lease covers one call: longer than the upstream timeout. */
  callLeaseMs: number;
  /** The rankings body cap: a longer range is split into several calls. */
  maxBytes: number;
};

export type RankingsRefresher = PlannedJob;

/** Upstream's last completed day may lag the clock's after midnight: look again this soon… */
const CATCH_UP_RETRY_MS = 3_600_000;
/** …until this long into the UTC day; then the next daily refresh will do. */
const CATCH_UP_UNTIL_MS = 12 * 3_600_000;

function lastCompleteDay(now: number): string {
  return addDays(new Date(now).toISOString().slice(0, 10), -1);
}

export function createRankingsRefresher(options: RankingsRefresherOptions): RankingsRefresher {
  const { store } = options;
  const now = options.now ?? Date.now;

  /** Tomorrow's run, or sooner while upstream has not published the day just ended. */
  async function nextRun(at: number, expected: string): Promise<number> {
    const day = await store.record(seriesName({ period: "day", category: null }));
    const lagging = (day?.fetchedThrough ?? "") < expected;
    const intoDay = at - Date.parse(`${new Date(at).toISOString().slice(0, 10)}T00:00:00Z`);
    return lagging && intoDay < CATCH_UP_UNTIL_MS ? at + CATCH_UP_RETRY_MS : nextDailyRefresh(at);
  }

  return createPlannedJob<PlannedCall>({
    ...options,
    name: "rankings refresh",
    lease: store.job,
    async plan(startedAt) {
      const records = await store.records();
      const fetchedThrough = new Map(
        [...records].map(([name, record]) => [name, record.fetchedThrough]),
      );
      const expected = lastCompleteDay(startedAt);
      return {
        calls: planRankingsCalls(fetchedThrough, expected, options.maxBytes),
        hasData: [...records.values()].some((record) => record.storedAt !== null),
        async perform(call) {
          const answer = await options.fetchRankings({
            ...call.key,
            startDate: call.startDate,
            endDate: call.endDate,
          });
          await store.save(seriesName(call.key), answer, new Date(now()));
        },
        recordFailure: (call, failure) => store.recordError(seriesName(call.key), failure),
        nextRun: (at) => nextRun(at, expected),
      };
    },
  });
}
