// The one channel from the data layer to the HTTP layer in front of the app. proxy.ts asks,
// before a page renders, whether any data can be served at all, so that a dashboard with nothing
// stored answers 503 (Next can only answer 500 from a page); the render cache in server.ts asks
// which data a page would show, and keys pages by it, so a cached page is never served across a
// new snapshot or a refresh failure. Next bundles the app, the proxy and server.ts separately:
// the data layer registers the probe in the process-wide registry, which all of them share. This
// module stays free of server-only imports so the proxy bundle stays small.

import { processState } from "../process-state";

export type HeldData =
  /** `reason`: why not, in a sentence (GET /readyz says it). */
  | { available: false; reason?: string }
  /**
   * `version` changes whenever a page could render differently: new data or a new failure.
   * `asOf`: the newest day served.
   */
  | { available: true; version: string | undefined; asOf?: string };

export type DataProbe = () => Promise<HeldData>;

export function registerDataProbe(probe: DataProbe): void {
  processState.dataProbe = probe;
}

/** Whether the data layer has loaded in this process (it registers the probe as it does). */
export function isDataLayerLoaded(): boolean {
  return processState.dataProbe !== undefined;
}

/** What the data layer holds; before it has loaded: available, version unknown. */
export async function probeHeldData(): Promise<HeldData> {
  const probe = processState.dataProbe;
  return probe ? probe() : { available: true, version: undefined };
}
