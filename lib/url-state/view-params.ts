import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { THEMES } from "../theme";

// View settings every data page understands, whatever else it shows.

/** Which bars a paired bar chart draws: both shares side by side, or one of them. */
export const BAR_METRICS = ["both", "usage", "tokens"] as const;
export type BarMetric = (typeof BAR_METRICS)[number];
export const DEFAULT_BAR_METRIC: BarMetric = "both";

export const BAR_METRIC_LABELS: Record<BarMetric, string> = {
  both: "Both",
  usage: "Usage only",
  tokens: "Tokens only",
};

export const viewParsers = {
  metric: parseAsStringLiteral(BAR_METRICS).withDefault(DEFAULT_BAR_METRIC),
  /** Absent means: follow the visitor's own choice (cookie) or the system. */
  theme: parseAsStringLiteral(THEMES),
};

export type ViewState = inferParserType<typeof viewParsers>;

/** For pages without view settings of their own: links from them open views in their defaults. */
export const DEFAULT_VIEW: ViewState = { metric: DEFAULT_BAR_METRIC, theme: null };

const serializeView = createSerializer(viewParsers);

/** A link to another page that keeps the view settings (theme, metric) of this one. */
export function viewHref(path: string, view: Partial<ViewState> = {}): string {
  return serializeView(path, view);
}

/** The shared view settings out of a page's state, to carry over to another page. */
export function sharedView(state: ViewState): ViewState {
  return { metric: state.metric, theme: state.theme };
}
