import { addDays, type RankingsAnswer, seriesName } from "../../model";
import { UpstreamError } from "../../openrouter/errors";
import type { RankingsRequest } from "../../openrouter/rankings-client";
import type { RankingsStore } from "../store/rankings-store";
import type { CallGrant } from "./call-budget";
import { nextAttemptAfterFailure } from "./policy";
import { nextDailyRefresh, planRankingsCalls } from "./rankings-plan";
import type { DescribedError } from "./snapshot-refresher";

// Keeps the stored rankings current in the background; pages only ever read the store. Every
// few seconds each replica asks the store whether a run is due; the one that takes the lease
// plans the calls from what is stored (rankings-plan.ts) and makes them one by one, each taken
// from the shared call budget. A run stops early when the budget says wait (and resumes then),
// on a failure that concerns upstream as a whole (rate limit, key, outage), or when the lease
// is lost; a failure that concerns one series (a refused or malformed answer) is recorded on
// that series and the others go on. Failures never touch stored rows.

export type RankingsRefresherOptions = {
  store: RankingsStore;
  fetchRankings: (request: RankingsRequest) => Promise<RankingsAnswer>;
  /** Takes one call from the shared call budget (the rankings' purpose). */
  takeCall: () => Promise<CallGrant>;
  holder: string;
  /** How long the lease covers one call: longer than the upstream timeout. */
  callLeaseMs: number;
  /** The rankings body cap: a longer range is split into several calls. */
  maxBytes: number;
  describeError: (error: unknown) => DescribedError;
  onError?: (error: unknown) => void;
  now?: () => number;
};

export type RankingsRefresher = {
  /** One pass: a run if one is due and this replica takes the lease. */
  runIfDue(): Promise<void>;
  /** Runs a pass every few seconds in the background (an unref'd timer). */
  start(): void;
  /**
   * Starts no more passes; a run under way stops before its next call and hands its lease back
   * due now, so another replica carries on at once. Resolves when the run has stopped.
   */
  stop(): Promise<void>;
};

const CHECK_EVERY_MS = 5_000;
/** After failures, retries back off up to this (a Retry-After may ask for longer); a series
 * whose own answer was refused is asked again after it. */
const RETRY_WINDOW_MS = 3_600_000;
/** Upstream's last completed day may lag the clock's after midnight: look again this soon… */
const CATCH_UP_RETRY_MS = 3_600_000;
/** …until this long into the UTC day; then the next daily refresh will do. */
const CATCH_UP_UNTIL_MS = 12 * 3_600_000;

function lastCompleteDay(now: number): string {
  return addDays(new Date(now).toISOString().slice(0, 10), -1);
}

/** Failures that say nothing about other series: the run goes on without this one. */
function concernsOneSeries(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return false;
  if (["invalid_json", "invalid_payload", "too_large"].includes(error.failure)) return true;
  return error.failure === "http_error" && (error.status ?? 500) < 500;
}

export function createRankingsRefresher(options: RankingsRefresherOptions): RankingsRefresher {
  const { store, holder, callLeaseMs } = options;
  const now = options.now ?? Date.now;
  let stopped = false;

  async function run(startedAt: number) {
    const records = await store.records();
    const fetchedThrough = new Map(
      [...records].map(([name, record]) => [name, record.fetchedThrough]),
    );
    const expected = lastCompleteDay(startedAt);
    const plan = planRankingsCalls(fetchedThrough, expected, options.maxBytes);
    // A failure of upstream as a whole stops the run and backs off; one series' failure is
    // that series' alone (its record says so) and the run goes on.
    let failure: DescribedError | undefined;
    let seriesFailed = false;
    for (const call of plan) {
      if (stopped) {
        await store.job.postpone(holder, new Date(now()));
        return;
      }
      if (!(await store.job.extend(holder, new Date(now()), callLeaseMs))) return;
      const grant = await options.takeCall();
      if (!grant.granted) {
        await store.job.postpone(holder, grant.retryAt);
        return;
      }
      const name = seriesName(call.key);
      try {
        const answer = await options.fetchRankings({
          ...call.key,
          startDate: call.startDate,
          endDate: call.endDate,
        });
        await store.save(name, answer, new Date(now()));
      } catch (error) {
        const described = options.describeError(error);
        await store.recordError(name, { ...described, at: new Date(now()) });
        options.onError?.(error);
        if (concernsOneSeries(error)) {
          seriesFailed = true;
          continue;
        }
        failure = described;
        break;
      }
    }

    const at = now();
    if (failure) {
      const state = await store.job.state();
      const hasData = [...records.values()].some((record) => record.storedAt !== null);
      const nextAttemptAt = nextAttemptAfterFailure({
        at,
        windowMs: RETRY_WINDOW_MS,
        consecutiveFailures: state.consecutiveFailures + 1,
        hasData,
        retryAfterSeconds: failure.retryAfterSeconds,
      });
      await store.job.finish(holder, {
        ok: false,
        at: new Date(at),
        nextAttemptAt: new Date(nextAttemptAt),
        code: failure.code,
        message: failure.message,
      });
      return;
    }
    await store.job.finish(holder, {
      ok: true,
      at: new Date(at),
      nextAttemptAt: new Date(seriesFailed ? at + RETRY_WINDOW_MS : await nextRun(at, expected)),
    });
  }

  /** Tomorrow's run, or sooner while upstream has not published the day just ended. */
  async function nextRun(at: number, expected: string): Promise<number> {
    const day = await store.record(seriesName({ period: "day", category: null }));
    const lagging = (day?.fetchedThrough ?? "") < expected;
    const intoDay = at - Date.parse(`${new Date(at).toISOString().slice(0, 10)}T00:00:00Z`);
    return lagging && intoDay < CATCH_UP_UNTIL_MS ? at + CATCH_UP_RETRY_MS : nextDailyRefresh(at);
  }

  async function runIfDue() {
    const startedAt = now();
    if (!(await store.job.claim(holder, new Date(startedAt), callLeaseMs))) return;
    await run(startedAt);
  }

  function logFailure(error: unknown) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] rankings refresh failed: ${message}`);
  }

  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  function tick() {
    if (stopped) return;
    running ??= runIfDue()
      .catch(logFailure)
      .finally(() => {
        running = undefined;
      });
    timer = setTimeout(tick, CHECK_EVERY_MS).unref();
  }

  return {
    runIfDue,
    start: tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
