import "server-only";

import { cache } from "react";

// The day a page is pinned to (?as_of=), for the links it renders deep in its tree: a model, a
// provider or a task linked from a pinned view opens pinned to the same day. The data layer
// records it when a page reads its day; React's cache scopes it to the one request, so nothing
// has to pass the date down through every component between the page and its links.

const requestPin = cache((): { asOf: string | null } => ({ asOf: null }));

export function recordPinnedDay(asOf: string | null): void {
  requestPin().asOf = asOf;
}

/** The day this request's page is pinned to, or null for the latest. */
export function pinnedDay(): string | null {
  return requestPin().asOf;
}
