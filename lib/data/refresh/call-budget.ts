import "server-only";

import type { CallGrant, CallLimits, CallLog, CallPurpose, CallUsage } from "../store/call-log";

// The provider allows 30 requests a minute per key and 500 a day per account, for every call
// the server makes. Every upstream call takes from this one budget first, kept in the store so
// replicas share it. The task snapshots come first: the other purposes (the rankings backfill,
// the catalogue) stop short of the limits, leaving a sixth of each minute and a third of each
// day to the tasks alone, so a backfill can never starve the task pages.

export type { CallGrant, CallPurpose };

export type CallBudget = {
  take(purpose: CallPurpose): Promise<CallGrant>;
  usage(): Promise<CallUsage>;
  limits: CallLimits;
};

/** How much of each limit the task snapshots alone may use. */
export function limitsFor(purpose: CallPurpose, limits: CallLimits): CallLimits {
  if (purpose === "tasks") return limits;
  // The apps' windows are the most numerous and the least urgent: they stop at half of each
  // limit, so a first start's backfill of them never holds up the rankings or the catalogue.
  if (purpose === "apps") {
    return { perMinute: Math.floor(limits.perMinute / 2), perDay: Math.floor(limits.perDay / 2) };
  }
  return {
    perMinute: limits.perMinute - Math.max(1, Math.floor(limits.perMinute / 6)),
    perDay: limits.perDay - Math.max(1, Math.floor(limits.perDay / 3)),
  };
}

export function createCallBudget(
  log: CallLog,
  limits: CallLimits,
  now: () => number = Date.now,
): CallBudget {
  return {
    limits,
    take: (purpose) => log.take(purpose, limitsFor(purpose, limits), new Date(now())),
    usage: () => log.usage(new Date(now())),
  };
}

/** Longer than a minute: a per-minute refusal frees up within it. */
const MINUTE_WAIT_MS = 61_000;

/**
 * Takes a call for a walk of several pages (the catalogue): a refusal of the per-minute limit
 * is waited out, so the pages already fetched are kept; only the daily limit (a refusal that
 * frees up later than a minute from now) ends the walk, with false.
 */
export async function takeCallWaiting(
  budget: CallBudget,
  purpose: CallPurpose,
  now: () => number = Date.now,
): Promise<boolean> {
  for (;;) {
    const grant = await budget.take(purpose);
    if (grant.granted) return true;
    const waitMs = grant.retryAt.getTime() - now();
    if (waitMs > MINUTE_WAIT_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.max(waitMs, 0)));
  }
}
