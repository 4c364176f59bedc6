import { AsyncLocalStorage } from "node:async_hooks";

import { processState } from "../process-state";

// Whether the render under way is a full page load's, whose HTML goes out, or an RSC payload
// alone (a client-side navigation, router.refresh(), a prefetch): static markup may leave the
// payload only in the first case (components/ui/server-markup.tsx). Next hides the headers that
// tell them apart from the app; server.ts sees them (isPageLoad) and runs page loads here.

const documentLoads = (processState.documentLoads ??= new AsyncLocalStorage<true>());

/** Runs `handle` (Next answering a full page load) with its renders marked as one. */
export function asDocumentLoad<T>(handle: () => T): T {
  return documentLoads.run(true, handle);
}

/** True inside a full page load's render; false otherwise, and under `next dev`. */
export function isDocumentLoad(): boolean {
  return documentLoads.getStore() === true;
}
