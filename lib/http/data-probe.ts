// Lets proxy.ts ask, before a page renders, whether any data can be served at all, so that a
// dashboard with nothing stored answers 503 (Next can only answer 500 from a page), and which
// data a page would show, so a cached page is never served across a refresh. The data layer
// registers the probe on globalThis, which the proxy shares with the app in one process; this
// module stays free of server-only imports so the proxy bundle stays small.

export type HeldData =
  | { available: false }
  /** `version` changes whenever a page could render differently: new data or a new failure. */
  | { available: true; version: string | undefined };

type DataProbe = () => Promise<HeldData>;

const PROBE = Symbol.for("task-share.data-probe");
const registry = globalThis as typeof globalThis & { [PROBE]?: DataProbe };

export function registerDataProbe(probe: DataProbe): void {
  registry[PROBE] = probe;
}

/** What the data layer holds; before it has loaded: available, version unknown. */
export async function probeHeldData(): Promise<HeldData> {
  const probe = registry[PROBE];
  return probe ? probe() : { available: true, version: undefined };
}
