import type { ReactNode } from "react";

import { processState } from "./process-state";

// Static markup sent once. A server component's output normally reaches the browser twice: as
// HTML and again in the RSC payload, which React needs to hydrate it. Tables and drawn charts
// have nothing to hydrate, so <ServerMarkup> (components/ui/server-markup.tsx) keeps their
// elements here during the RSC render and puts only an id in the payload; the HTML render of
// the same request, in the same process, takes them back by that id and writes them out.

/** Long enough for the HTML render that follows; RSC-only renders never take theirs. */
const KEEP_MS = 30_000;

function kept() {
  return (processState.serverMarkup ??= new Map());
}

/** Keeps `node` for this request's HTML render; the id goes in the RSC payload instead. */
export function keepMarkup(node: ReactNode): string {
  const markup = kept();
  const now = Date.now();
  for (const [id, entry] of markup) {
    if (now - entry.keptAt <= KEEP_MS) break;
    markup.delete(id);
  }
  const id = crypto.randomUUID();
  markup.set(id, { node, keptAt: now });
  return id;
}

/** The markup kept under `id`, once (the HTML render's side). */
export function takeMarkup(id: string): ReactNode {
  const markup = kept();
  const entry = markup.get(id);
  markup.delete(id);
  return entry?.node ?? null;
}
