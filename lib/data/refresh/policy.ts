// When the next upstream call may happen. The provider allows 30 requests/minute and 500/day,
// and the data changes once a day:
// - after a success, one refresh window later;
// - after a failure, also one window later (a failing upstream is not hammered), but while no
//   data has ever been stored there is nothing to show, so retries start after a few seconds
//   and double up to the window;
// - a Retry-After from the upstream is always honoured, even beyond the window.
// Windows count from the end of an attempt, so calls are never closer than the window.

const FIRST_RETRY_MS = 5_000;

export function nextAttemptAfterSuccess(at: number, windowMs: number): number {
  return at + windowMs;
}

export type FailureContext = {
  at: number;
  windowMs: number;
  /** Failures in a row, this one included. */
  consecutiveFailures: number;
  hasData: boolean;
  retryAfterSeconds: number | undefined;
};

export function nextAttemptAfterFailure(failure: FailureContext): number {
  const { at, windowMs, consecutiveFailures, hasData, retryAfterSeconds } = failure;
  const backoff = hasData
    ? windowMs
    : Math.min(FIRST_RETRY_MS * 2 ** Math.max(consecutiveFailures - 1, 0), windowMs);
  const retryAfterMs = (retryAfterSeconds ?? 0) * 1000;
  return at + Math.max(backoff, retryAfterMs);
}
