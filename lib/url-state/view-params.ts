import {
  createParser,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";

import {
  DEFAULT_COMPARISON,
  isComparisonRequest,
  type ComparisonRequest,
} from "../derive/comparisons";
import { THEMES } from "../theme/theme";
import { choiceSet } from "../derive/choices";
import type { ShareMetric } from "../derive/share-metric";
import { asOfParser } from "./as-of";
import { parseAsChoice } from "./parse-as-choice";
import { URL_KEYS } from "./read-url-state";

// View settings every data page understands, whatever else it shows: which bars, which theme,
// which stored snapshot (?as_of=2026-11-18, so a wiki link never drifts) and what its changes
// are measured against (?vs=7d). A date that is well-formed but not stored is the page's
// business (a 404 with the nearest dates); a malformed one falls back to the latest snapshot
// with a visible notice, as unknown settings do.

/** Which bars a paired bar chart draws: both shares side by side, or one of them. */
export const BAR_METRIC = choiceSet<"both" | ShareMetric>(
  { both: "Both", usage: "Usage only", tokens: "Tokens only" },
  "both",
);
export type BarMetric = (typeof BAR_METRIC.choices)[number];

const DEFAULT_VS: ComparisonRequest = DEFAULT_COMPARISON;

export const viewParsers = {
  metric: parseAsChoice(BAR_METRIC),
  /** Absent means: follow the visitor's own choice (cookie) or the system. */
  theme: parseAsStringLiteral(THEMES),
  /** A pinned snapshot date; absent shows the latest. */
  asOf: asOfParser,
  /** previous, 7d, 30d, or any earlier day (?vs=2026-11-16). */
  vs: createParser({
    parse: (value): ComparisonRequest | null => (isComparisonRequest(value) ? value : null),
    serialize: (value: ComparisonRequest) => value,
  }).withDefault(DEFAULT_VS),
};

export type ViewState = inferParserType<typeof viewParsers>;
/** Which snapshot a view shows, and what its changes are measured against. */
export type HistoryState = Pick<ViewState, "asOf" | "vs">;

/** For pages without view settings of their own: links from them open views in their defaults. */
export const DEFAULT_VIEW: ViewState = {
  metric: BAR_METRIC.default,
  theme: null,
  asOf: null,
  vs: DEFAULT_COMPARISON,
};

const serializeView = createSerializer(viewParsers, { urlKeys: URL_KEYS });

/** A link to another page that keeps the view settings (theme, metric, date) of this one. */
export function viewHref(path: string, view: Partial<ViewState> = {}): string {
  return serializeView(path, view);
}

/** The shared view settings out of a page's state, to carry over to another page. */
export function sharedView(state: ViewState): ViewState {
  return { metric: state.metric, theme: state.theme, asOf: state.asOf, vs: state.vs };
}
