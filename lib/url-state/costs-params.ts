import { parseAsStringLiteral } from "nuqs/server";

import { TURN_RANGES } from "../model";
import { COST_SORTS } from "../derive/session-costs";
import { THEMES } from "../theme/theme";
import { asOfParser } from "./as-of";
import { pageUrlState } from "./read-url-state";
import type { SearchParams } from "./search-params";

// The costs table keeps its view in the URL:
// /costs?harness=hermes-agent&model=anthropic/claude-opus-5.5-20260921&turns=10-49-turns&sort=model.
// Harnesses and models come from upstream, so the filters' valid values come with the data.

function costsUrl(harnesses: readonly string[], models: readonly string[]) {
  return pageUrlState("/costs", {
    harness: parseAsStringLiteral<string>(harnesses),
    model: parseAsStringLiteral<string>(models),
    turns: parseAsStringLiteral(TURN_RANGES),
    sort: parseAsStringLiteral(COST_SORTS).withDefault("harness"),
    theme: parseAsStringLiteral(THEMES),
    asOf: asOfParser,
  });
}

export type CostsState = ReturnType<ReturnType<typeof costsUrl>["parse"]>["state"];

/** The filter form submits "All" as an empty value: read as no filter, not as a bad one. */
export function parseCostsParams(
  params: SearchParams,
  choices: { harnesses: readonly string[]; models: readonly string[] },
) {
  const given = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== "" && value !== undefined),
  );
  return costsUrl(choices.harnesses, choices.models).parse(given);
}

// Serialising never checks a value against the valid list, so no choices are needed here.
const serializer = costsUrl([], []);

/** The costs table in a state, defaults left out so the canonical link stays short. */
export function costsHref(state: Partial<CostsState>): string {
  return serializer.href(state);
}
