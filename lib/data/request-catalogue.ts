import "server-only";

import { cache } from "react";

import {
  EMPTY_CATALOGUE,
  modelInfo,
  type ModelCatalogue,
  type ModelInfo,
} from "../derive/catalogue";

// The catalogue a page was rendered with, for every model name deep in its tree: recorded when
// the page reads its day (as the pinned day is), scoped to the one request by React's cache, so
// no component between the page and a model's name has to pass it down.

const requestCatalogue = cache((): { catalogue: ModelCatalogue } => ({
  catalogue: EMPTY_CATALOGUE,
}));

export function recordCatalogue(catalogue: ModelCatalogue): void {
  requestCatalogue().catalogue = catalogue;
}

/** What this request's catalogue says about a model, if it lists it. */
export function modelInfoFor(slug: string): ModelInfo | undefined {
  return modelInfo(requestCatalogue().catalogue, slug);
}
