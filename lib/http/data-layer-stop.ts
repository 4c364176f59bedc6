// How server.ts stops the data layer's background work on SIGTERM: the data layer registers its
// stop on globalThis as it loads (Next bundles it apart from server.ts; see data-probe.ts), and
// the server calls it once requests have stopped coming in.

type StopDataLayer = {
  /** Stops the refresh and delivery loops after their current job, handing back their leases. */
  stopJobs(): Promise<void>;
  /** Closes the store; called once no request can read it any more. */
  closeStore(): Promise<void>;
};

const STOP = Symbol.for("task-share.data-layer-stop");
const registry = globalThis as typeof globalThis & { [STOP]?: StopDataLayer };

export function registerDataLayerStop(stop: StopDataLayer): void {
  registry[STOP] = stop;
}

/** The data layer's stop, or one that does nothing when it never loaded (sample mode too). */
export function dataLayerStop(): StopDataLayer {
  return registry[STOP] ?? { stopJobs: async () => undefined, closeStore: async () => undefined };
}
