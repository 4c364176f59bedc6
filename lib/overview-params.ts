import { appendHistoryParams, LATEST, type HistoryParams } from "./history-params";
import { DEFAULT_TAG_SORT, TAG_SORTS, type TagSort } from "./tags";

// The overview's view state lives in the URL (?macro=code&sort=tokens), so a shared link
// reproduces the view. Unknown values fall back to the defaults and are reported, not thrown.

export type OverviewState = {
  /** Macro-category key to filter the tags by; undefined shows every tag. */
  macro: string | undefined;
  sort: TagSort;
};

export type SearchParams = Record<string, string | string[] | undefined>;

export type ParsedOverviewParams = {
  state: OverviewState;
  /** Parameters that were present but not understood, e.g. "sort=size". */
  ignored: string[];
};

export function parseOverviewParams(
  params: SearchParams,
  macroKeys: string[],
): ParsedOverviewParams {
  const ignored: string[] = [];
  const macroParam = single(params.macro);
  const sortParam = single(params.sort);

  const macro = macroParam !== undefined && macroKeys.includes(macroParam) ? macroParam : undefined;
  if (macroParam !== undefined && macro === undefined) ignored.push(`macro=${macroParam}`);

  const sort = TAG_SORTS.find((candidate) => candidate === sortParam) ?? DEFAULT_TAG_SORT;
  if (sortParam !== undefined && sort !== sortParam) ignored.push(`sort=${sortParam}`);

  return { state: { macro, sort }, ignored };
}

/**
 * The overview URL for a state (and a pinned date or comparison), leaving defaults out so the
 * canonical link stays short.
 */
export function overviewHref(state: OverviewState, history: HistoryParams = LATEST): string {
  const query = new URLSearchParams();
  if (state.macro) query.set("macro", state.macro);
  if (state.sort !== DEFAULT_TAG_SORT) query.set("sort", state.sort);
  appendHistoryParams(query, history);
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
