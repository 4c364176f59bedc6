import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { TAG_SORT } from "../derive/tags";
import { parseAsChoice } from "./parse-as-choice";
import type { SearchParams } from "./search-params";
import { readUrlState, URL_KEYS, type UrlState } from "./read-url-state";
import { viewParsers } from "./view-params";

// The overview's view state lives in the URL (?macro=code&sort=tokens&metric=usage&as_of=…),
// so a shared link reproduces the view. Unknown values fall back to the defaults and are
// reported, not thrown.

/** Macro-category keys come from upstream, so the filter's valid values come with the data. */
export function overviewParsers(macroKeys: readonly string[]) {
  return {
    macro: parseAsStringLiteral<string>(macroKeys),
    sort: parseAsChoice(TAG_SORT),
    ...viewParsers,
  };
}

type OverviewParsers = ReturnType<typeof overviewParsers>;
export type OverviewState = inferParserType<OverviewParsers>;

/** The overview's state, its macro-category filter read against the day's own categories. */
export function parseOverviewParams(
  params: SearchParams,
  snapshot: { macroCategories: readonly { key: string }[] },
): UrlState<OverviewParsers> {
  const macroKeys = snapshot.macroCategories.map((macro) => macro.key);
  return readUrlState(overviewParsers(macroKeys), params, URL_KEYS);
}

// Serialising never checks a value against the valid list, so no keys are needed here.
const serializeOverview = createSerializer(overviewParsers([]), { urlKeys: URL_KEYS });

/**
 * The overview URL for a state, leaving defaults out so the canonical link stays short.
 * `base` is "/" for the page and "/embed" for its embeddable twin.
 */
export function overviewHref(state: Partial<OverviewState>, base = "/"): string {
  return serializeOverview(base, state);
}
