import type { SearchParams } from "./search-params";
import { readUrlState, URL_KEYS, type UrlState } from "./read-url-state";
import { viewParsers } from "./view-params";

// A tag page's view state: the tag is in the path; the query holds the shared view settings.

export function parseTagParams(params: SearchParams): UrlState<typeof viewParsers> {
  return readUrlState(viewParsers, params, URL_KEYS);
}
