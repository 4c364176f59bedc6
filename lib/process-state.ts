import type { AsyncLocalStorage } from "node:async_hooks";
import type { ReactNode } from "react";

import type { HistoryCache } from "./data/history";
import type { DataService } from "./data/service";
import type { DataProbe } from "./http/data-probe";
import type { StopDataLayer } from "./http/data-layer-stop";

// The one process-wide registry. Next bundles route handlers, pages, the proxy and server.ts
// separately, so a module-level variable can exist once per bundle and, say, double the upstream
// calls; what must exist once per process lives here, on globalThis, which they all share.
// Type-only imports: this module loads nothing, so the proxy's bundle stays small.

type ProcessState = {
  /** The data service: the store, the refreshers, the catalogue (lib/data/service.ts). */
  dataService?: Promise<DataService>;
  /** Every stored day, reshaped once per store revision (lib/data/history.ts). */
  history?: HistoryCache;
  /** What the data layer holds, asked by the proxy and the render cache (lib/http/data-probe.ts). */
  dataProbe?: DataProbe;
  /** How server.ts stops the data layer on SIGTERM (lib/http/data-layer-stop.ts). */
  dataLayerStop?: StopDataLayer;
  /**
   * Markup handed from the RSC render to the HTML render of the same request, by id
   * (lib/server-markup.ts): the two are separate bundles, with separate module variables.
   */
  serverMarkup?: Map<string, { node: ReactNode; keptAt: number; renders: number }>;
  /** Marks the renders of full page loads, set by server.ts (lib/http/document-load.ts). */
  documentLoads?: AsyncLocalStorage<true>;
};

const STATE = Symbol.for("task-share.process-state");
const shared = globalThis as typeof globalThis & { [STATE]?: ProcessState };

export const processState: ProcessState = (shared[STATE] ??= {});
