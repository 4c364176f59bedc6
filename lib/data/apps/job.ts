import "server-only";

import { addDays, appWindowKey, type AppsState, type AppWindowKey } from "../../model";
import type { UpstreamConfig } from "../../openrouter/fetch";
import type { CallGrant } from "../refresh/call-budget";
import { createPlannedJob, type PlannedJob } from "../refresh/planned-job";
import { nextDailyRefresh } from "../refresh/rankings-plan";
import type { JobRunner } from "../refresh/snapshot-refresher";
import { planAppCalls, wantedAppWindows } from "./plan";
import type { AppsStore } from "./store";
import { fetchAppWindow } from "./upstream";

// The app rankings' one job: each run asks for the windows the plan wants and the store lacks
// (plan.ts), one call each from the shared budget, after every other dataset's: it waits while
// the rankings have calls due, and its purpose stops at half of each limit. Pages only ever read
// the store.

/** Upstream has not published the last completed day yet: ask again this much later. */
const NOT_PUBLISHED_RETRY_MS = 3_600_000;

export type AppsJob = PlannedJob & {
  /** What the pages show now: the stored windows, or why there are none. */
  get(): Promise<AppsState>;
};

export function createAppsJob(
  options: JobRunner & {
    store: AppsStore;
    upstream: UpstreamConfig;
    takeCall: () => Promise<CallGrant>;
    /** Whether the jobs the apps come after (the rankings) are done for now. */
    othersDone: () => Promise<boolean>;
    callLeaseMs: number;
  },
): AppsJob {
  const { store } = options;
  const now = options.now ?? Date.now;
  const job = createPlannedJob<AppWindowKey>({
    ...options,
    name: "apps refresh",
    lease: store.job,
    async plan(startedAt) {
      const lastCompleteDay = addDays(new Date(startedAt).toISOString().slice(0, 10), -1);
      const stored = await store.windows();
      return {
        calls: planAppCalls(new Set(stored.map(appWindowKey)), lastCompleteDay),
        hasData: stored.length > 0,
        async perform(key) {
          const fetched = await fetchAppWindow(options.upstream, key);
          if (!fetched.published) return new Date(now() + NOT_PUBLISHED_RETRY_MS);
          const fetchedAt = new Date(now()).toISOString();
          await store.save(options.holder, { ...fetched.window, fetchedAt });
        },
        completed: () => store.prune(wantedAppWindows(lastCompleteDay)),
        nextRun: async (at) => nextDailyRefresh(at),
      };
    },
  });

  return {
    ...job,
    async get() {
      const [windows, { lastError, nextAttemptAt, consecutiveFailures }] = await Promise.all([
        store.windows(),
        store.job.state(),
      ]);
      const failing = consecutiveFailures > 0 && lastError ? lastError.message : undefined;
      if (windows.length > 0) {
        return { state: "stored", apps: { source: "live", windows, read: store.read }, failing };
      }
      if (failing) return { state: "failing", message: failing, nextAttemptAt };
      return { state: "fetching" };
    },
  };
}
