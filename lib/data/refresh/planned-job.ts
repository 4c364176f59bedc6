import { UpstreamError } from "../../openrouter/errors";
import type { RefreshLease } from "../store/refresh-lease";
import type { CallGrant } from "./call-budget";
import { nextAttemptAfterFailure } from "./policy";
import type { DescribedError, JobRunner } from "./snapshot-refresher";

// The runner of every job that brings a dataset up to date with a plan of calls (the rankings'
// series, the apps' windows). Every few seconds each replica asks the store whether a run is
// due; the one that takes the job's lease plans the calls from what is stored (so a run cut
// short by the budget, a failure or a restart simply resumes) and makes them one by one, each
// taken from the shared call budget. A run stops early when the budget says wait (and resumes
// then), when a job it comes after has calls to make (the apps wait for the rankings), when
// upstream has not published what the plan asks for yet, on a failure that concerns upstream as
// a whole (rate limit, key, outage), or when the lease is lost; a failure that concerns one call
// (a refused or malformed answer) is recorded, the others go on, and the job looks again within
// the retry window. Failures never touch stored data.

/** One run's work, planned from what is stored when the run starts. */
export type PlannedRun<Call> = {
  calls: Call[];
  /**
   * Makes one call and stores its answer; a date back means upstream has not published what the
   * call asks for yet: the run stops and resumes then, neither a success nor a failure.
   */
  perform(call: Call): Promise<void | Date>;
  /** Records a failed call where its data lives (a rankings series keeps its own error). */
  recordFailure?(call: Call, failure: DescribedError & { at: Date }): Promise<void>;
  /** Whether anything is stored: while nothing is, failures are retried within seconds. */
  hasData: boolean;
  /** When the next run is due after one whose every call succeeded. */
  nextRun(at: number): Promise<number>;
  /** Done once every planned call succeeded (pruning what the plan no longer wants). */
  completed?(): Promise<void>;
};

export type PlannedJobOptions<Call> = JobRunner & {
  /** What the log names: "rankings refresh". */
  name: string;
  lease: RefreshLease;
  plan(startedAt: number): Promise<PlannedRun<Call>>;
  /** Takes one call from the shared call budget. */
  takeCall: () => Promise<CallGrant>;
  /**
   * For a job that comes after others in the budget's order: whether they are done for now.
   * While they are not, this job makes no call (a run under way hands its lease back).
   */
  othersDone?: () => Promise<boolean>;
  /** How long the lease covers one call: longer than the upstream timeout. */
  callLeaseMs: number;
};

export type PlannedJob = {
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
/** After failures, retries back off up to this (a Retry-After may ask for longer); a call
 * whose own answer was refused is made again after it. */
const RETRY_WINDOW_MS = 3_600_000;

/** Failures that say nothing about the other calls: the run goes on without this one. */
function concernsOneCall(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return false;
  if (["invalid_json", "invalid_payload", "too_large"].includes(error.failure)) return true;
  return error.failure === "http_error" && (error.status ?? 500) < 500;
}

export function createPlannedJob<Call>(options: PlannedJobOptions<Call>): PlannedJob {
  const { lease, holder, callLeaseMs } = options;
  const now = options.now ?? Date.now;
  let stopped = false;

  /** Makes the run's calls in order; what ended it early, if anything did. */
  async function makeCalls(
    run: PlannedRun<Call>,
  ): Promise<
    | { ended: "stopped" | "lost" | "postponed" }
    | { failure?: DescribedError; someCallFailed: boolean }
  > {
    let someCallFailed = false;
    for (const call of run.calls) {
      if (stopped) {
        await lease.postpone(holder, new Date(now()));
        return { ended: "stopped" };
      }
      if (options.othersDone && !(await options.othersDone())) {
        await lease.postpone(holder, new Date(now() + CHECK_EVERY_MS));
        return { ended: "postponed" };
      }
      if (!(await lease.extend(holder, new Date(now()), callLeaseMs))) return { ended: "lost" };
      const grant = await options.takeCall();
      if (!grant.granted) {
        await lease.postpone(holder, grant.retryAt);
        return { ended: "postponed" };
      }
      try {
        const notYet = await run.perform(call);
        if (notYet) {
          await lease.postpone(holder, notYet);
          return { ended: "postponed" };
        }
      } catch (error) {
        const described = options.describeError(error);
        await run.recordFailure?.(call, { ...described, at: new Date(now()) });
        options.onError?.(error);
        if (!concernsOneCall(error)) return { failure: described, someCallFailed };
        someCallFailed = true;
      }
    }
    return { someCallFailed };
  }

  async function run(startedAt: number) {
    const planned = await options.plan(startedAt);
    const outcome = await makeCalls(planned);
    if ("ended" in outcome) return;
    const at = now();
    if (outcome.failure) {
      const state = await lease.state();
      const nextAttemptAt = nextAttemptAfterFailure({
        at,
        windowMs: RETRY_WINDOW_MS,
        consecutiveFailures: state.consecutiveFailures + 1,
        hasData: planned.hasData,
        retryAfterSeconds: outcome.failure.retryAfterSeconds,
      });
      await lease.finish(holder, {
        ok: false,
        at: new Date(at),
        nextAttemptAt: new Date(nextAttemptAt),
        code: outcome.failure.code,
        message: outcome.failure.message,
      });
      return;
    }
    if (!outcome.someCallFailed) await planned.completed?.();
    await lease.finish(holder, {
      ok: true,
      at: new Date(at),
      nextAttemptAt: new Date(
        outcome.someCallFailed ? at + RETRY_WINDOW_MS : await planned.nextRun(at),
      ),
    });
  }

  async function runIfDue() {
    const startedAt = now();
    if (!(await lease.claim(holder, new Date(startedAt), callLeaseMs))) return;
    await run(startedAt);
  }

  function logFailure(error: unknown) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] ${options.name} failed: ${message}`);
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
