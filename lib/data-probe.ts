// Lets proxy.ts ask, before a page renders, whether any data can be served at all, so that a
// dashboard with nothing stored answers 503 (Next can only answer 500 from a page). The data
// layer registers the probe on globalThis, which the proxy shares with the app in one process;
// this module stays free of server-only imports so the proxy bundle stays small.

type DataProbe = () => Promise<boolean>;

const PROBE = Symbol.for("task-share.data-probe");
const registry = globalThis as typeof globalThis & { [PROBE]?: DataProbe };

export function registerDataProbe(probe: DataProbe): void {
  registry[PROBE] = probe;
}

/** False only when the data layer is loaded and has nothing to show. */
export async function canServeData(): Promise<boolean> {
  const probe = registry[PROBE];
  return probe ? probe() : true;
}
