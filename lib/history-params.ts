import { COMPARISON_KEYS, DEFAULT_COMPARISON, type ComparisonKey } from "./history/comparisons";
import { isIsoDate } from "./history/dates";
import type { SearchParams } from "./overview-params";

// Which snapshot a page shows and what its changes are measured against, in the URL
// (?as_of=2026-11-18&vs=7d) like every other view setting, so a link reproduces the view. A date
// that is well-formed but not stored is the page's business (a 404 with the nearest dates); a
// malformed one falls back to the latest snapshot with a visible notice, as unknown settings do.

export type HistoryParams = {
  /** A pinned snapshot date; undefined shows the latest. */
  asOf: string | undefined;
  vs: ComparisonKey;
};

export const LATEST: HistoryParams = { asOf: undefined, vs: DEFAULT_COMPARISON };

export function parseHistoryParams(params: SearchParams): {
  state: HistoryParams;
  ignored: string[];
} {
  const ignored: string[] = [];
  const asOfParam = first(params.as_of);
  const vsParam = first(params.vs);

  // An empty as_of is what "latest" in a form would send: not a mistake worth a notice.
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : undefined;
  if (asOfParam && asOf === undefined) ignored.push(`as_of=${asOfParam}`);

  const vs = COMPARISON_KEYS.find((key) => key === vsParam) ?? DEFAULT_COMPARISON;
  if (vsParam !== undefined && vs !== vsParam) ignored.push(`vs=${vsParam}`);

  return { state: { asOf, vs }, ignored };
}

/** Appends the history settings that differ from the defaults to a query. */
export function appendHistoryParams(query: URLSearchParams, history: HistoryParams): void {
  if (history.asOf) query.set("as_of", history.asOf);
  if (history.vs !== DEFAULT_COMPARISON) query.set("vs", history.vs);
}

/** `path` with the history settings as its query string. */
export function withHistoryParams(path: string, history: HistoryParams): string {
  const query = new URLSearchParams();
  appendHistoryParams(query, history);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
