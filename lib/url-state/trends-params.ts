import { createParser, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { isIsoDate, latestPlausibleDay, RANKINGS_CATEGORIES, RANKINGS_PERIODS } from "../model";
import { TREND_GROUPING } from "../derive/trends/group-rankings";
import { TREND_MEASURE } from "../derive/trends/measure";
import { VERSION_MODE, type VersionMode } from "../derive/versions";
import { THEMES } from "../theme/theme";
import { asOfParser } from "./as-of";
import { parseAsChoice } from "./parse-as-choice";
import { pageUrlState } from "./read-url-state";
import type { SearchParams } from "./search-params";

// The trends pages keep their whole view in the URL:
// /trends?by=provider&period=month&from=2025-06-01&to=2026-06-30&measure=tokens, and
// /trends/categories?category=programming&from=…&to=…&measure=…, each with versions=merged to
// add a model's dated versions up under its catalogue id. A range is inclusive; absent ends mean
// the dataset's first or last date.

// A day later than any data can be (9999-12-31) is ignored like a malformed one: it would
// overflow the day arithmetic of the range.
const dayParser = createParser({
  parse: (value) => (isIsoDate(value) && value <= latestPlausibleDay(Date.now()) ? value : null),
  serialize: (value: string) => value,
});

const rangeParsers = {
  from: dayParser,
  to: dayParser,
  measure: parseAsChoice(TREND_MEASURE),
  versions: parseAsChoice(VERSION_MODE),
  theme: parseAsStringLiteral(THEMES),
  asOf: asOfParser,
};

const trendsUrl = pageUrlState("/trends", {
  by: parseAsChoice(TREND_GROUPING),
  period: parseAsStringLiteral(RANKINGS_PERIODS).withDefault("week"),
  ...rangeParsers,
});

const categoriesUrl = pageUrlState("/trends/categories", {
  category: parseAsStringLiteral(RANKINGS_CATEGORIES),
  ...rangeParsers,
});

export type TrendsState = ReturnType<typeof trendsUrl.parse>["state"];
export type CategoriesState = ReturnType<typeof categoriesUrl.parse>["state"];
type RangeState = inferParserType<typeof rangeParsers>;

/** A range whose end is before its start keeps its start: the end is reported as ignored. */
function orderedRange<State extends Pick<RangeState, "from" | "to">>({
  state,
  ignored,
}: {
  state: State;
  ignored: string[];
}): { state: State; ignored: string[] } {
  if (state.from && state.to && state.to < state.from) {
    return { state: { ...state, to: null }, ignored: [...ignored, `to=${state.to} (before from)`] };
  }
  return { state, ignored };
}

export function parseTrendsParams(params: SearchParams) {
  return orderedRange(trendsUrl.parse(params));
}

export function parseCategoriesParams(params: SearchParams) {
  return orderedRange(categoriesUrl.parse(params));
}

/** The trends page for a state; defaults are left out so the canonical link stays short. */
export const trendsHref = trendsUrl.href;
export const categoriesHref = categoriesUrl.href;

/** The API's answer for a series over a range: the full data behind a trends chart. */
export function rankingsApiHref(
  query: {
    period: string;
    category: string | null;
    from: string;
    to: string;
    versions?: VersionMode;
  },
  format: "json" | "csv",
): string {
  const params = new URLSearchParams({
    period: query.period,
    ...(query.category ? { category: query.category } : {}),
    start_date: query.from,
    end_date: query.to,
    ...(query.versions === "merged" ? { versions: "merged" } : {}),
    ...(format === "csv" ? { format } : {}),
  });
  return `/api/rankings?${params}`;
}
