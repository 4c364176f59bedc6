// Stale-while-revalidate for one value shared by every request in the process.
// The provider allows 30 requests/minute and 500/day, and the data changes once a day, so:
// - at most one load is in flight; concurrent callers share it;
// - once a value is held, callers get it at once and a refresh runs in the background, at
//   most once per interval counted from the end of the previous attempt, so calls are never
//   closer together than the interval (a failed attempt counts, so a failing upstream is not
//   hammered);
// - a failure never replaces the held value;
// - Retry-After from the upstream pushes the next attempt back;
// - with nothing held yet, failed first loads back off from a few seconds up to the interval,
//   since there is nothing to show until one succeeds.

export type RefreshFailure = { error: unknown; at: number };

export type RefreshState<T> = {
  value: T | undefined;
  loadedAt: number | undefined;
  lastFailure: RefreshFailure | undefined;
  nextAttemptAt: number;
  refreshing: boolean;
};

export type RefreshingValueOptions<T> = {
  load: () => Promise<T>;
  intervalMs: number;
  /** Seconds the upstream asked us to wait, if the error carries that. */
  retryAfterSeconds?: (error: unknown) => number | undefined;
  onError?: (error: unknown) => void;
  now?: () => number;
};

export type RefreshingValue<T> = {
  /** The held value (refreshing it in the background when due), or the first load's result. */
  get: () => Promise<T>;
  state: () => RefreshState<T>;
};

const FIRST_RETRY_MS = 5_000;

export class NoDataError extends Error {
  override readonly name = "NoDataError";
}

export function createRefreshingValue<T>(options: RefreshingValueOptions<T>): RefreshingValue<T> {
  const now = options.now ?? Date.now;
  let held: { value: T; loadedAt: number } | undefined;
  let inFlight: Promise<void> | undefined;
  let nextAttemptAt = 0;
  let lastFailure: RefreshFailure | undefined;
  let failuresWithoutData = 0;

  function refresh(): Promise<void> {
    if (inFlight) return inFlight;
    inFlight = options
      .load()
      .then(
        (value) => {
          const at = now();
          held = { value, loadedAt: at };
          lastFailure = undefined;
          failuresWithoutData = 0;
          nextAttemptAt = at + options.intervalMs;
        },
        (error: unknown) => {
          const at = now();
          lastFailure = { error, at };
          nextAttemptAt = at + options.intervalMs;
          if (!held) {
            failuresWithoutData += 1;
            const backoff = FIRST_RETRY_MS * 2 ** (failuresWithoutData - 1);
            nextAttemptAt = at + Math.min(backoff, options.intervalMs);
          }
          const retryAfter = options.retryAfterSeconds?.(error);
          if (retryAfter !== undefined) {
            nextAttemptAt = Math.max(nextAttemptAt, at + retryAfter * 1000);
          }
          options.onError?.(error);
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  // A function, not the variable, so the check after `await` sees what the load wrote.
  const current = () => held;

  async function get(): Promise<T> {
    const before = current();
    if (before) {
      if (now() >= nextAttemptAt) void refresh();
      return before.value;
    }
    if (inFlight || now() >= nextAttemptAt) await refresh();
    const after = current();
    if (after) return after.value;
    throw new NoDataError("no data has been loaded yet", { cause: lastFailure?.error });
  }

  function state(): RefreshState<T> {
    return {
      value: held?.value,
      loadedAt: held?.loadedAt,
      lastFailure,
      nextAttemptAt,
      refreshing: inFlight !== undefined,
    };
  }

  return { get, state };
}
