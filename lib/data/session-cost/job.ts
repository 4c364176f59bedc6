import "server-only";

import type { SessionCostsState } from "../../model";
import type { UpstreamConfig } from "../../openrouter/fetch";
import { createDailyJob, type BeforeCall } from "../refresh/daily-job";
import type { DescribedError } from "../refresh/snapshot-refresher";
import type { SessionCostStore } from "./store";
import { fetchSessionCosts } from "./upstream";

// The session costs' one job: upstream republishes them weekly, so one walk of its pages a day
// (usually one call) keeps them current; every replica shares it through the job's lease.

export type SessionCostJob = {
  /** What the pages show now, at once: the newest stored snapshot, or why there is none. */
  get(): Promise<SessionCostsState>;
  stop(): Promise<void>;
};

export function createSessionCostJob(options: {
  store: SessionCostStore;
  upstream: UpstreamConfig;
  beforeCall: BeforeCall;
  holder: string;
  leaseMs: number;
  describeError: (error: unknown) => DescribedError;
  onError: (error: unknown) => void;
}): SessionCostJob {
  const job = createDailyJob({
    name: "session costs",
    store: options.store,
    fetch: (beforeCall) => fetchSessionCosts({ ...options.upstream, beforeCall }),
    beforeCall: options.beforeCall,
    holder: options.holder,
    leaseMs: options.leaseMs,
    describeError: options.describeError,
    onError: options.onError,
  });
  return {
    async get() {
      const stored = await job.get();
      if (stored) return { state: "published", costs: { ...stored, source: "live" } };
      const state = job.state();
      if (state?.lastSuccessAt) return { state: "unpublished", checkedAt: state.lastSuccessAt };
      if (state?.lastError) {
        return {
          state: "failing",
          message: state.lastError.message,
          nextAttemptAt: state.nextAttemptAt,
        };
      }
      return { state: "fetching" };
    },
    stop: () => job.stop(),
  };
}
