import { processState } from "../process-state";

// How server.ts stops the data layer's background work on SIGTERM: the data layer registers its
// stop in the process-wide registry as it loads (Next bundles it apart from server.ts), and the
// server calls it once requests have stopped coming in.

export type StopDataLayer = {
  /** Stops the refresh and delivery loops after their current job, handing back their leases. */
  stopJobs(): Promise<void>;
  /** Closes the store; called once no request can read it any more. */
  closeStore(): Promise<void>;
};

export function registerDataLayerStop(stop: StopDataLayer): void {
  processState.dataLayerStop = stop;
}

/** The data layer's stop, or one that does nothing when it never loaded (sample mode too). */
export function dataLayerStop(): StopDataLayer {
  return (
    processState.dataLayerStop ?? {
      stopJobs: async () => undefined,
      closeStore: async () => undefined,
    }
  );
}
