import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { SHARE_METRICS, type ShareMetric } from "../derive/share-metric";
import type { SearchParams } from "./search-params";
import { readUrlState, type UrlState } from "./read-url-state";

// The providers page shows either requests or tokens: /providers?metric=tokens.

const DEFAULT_PROVIDER_METRIC: ShareMetric = "usage";

const providersParsers = {
  metric: parseAsStringLiteral(SHARE_METRICS).withDefault(DEFAULT_PROVIDER_METRIC),
};

export type ProvidersState = inferParserType<typeof providersParsers>;

export function parseProvidersParams(params: SearchParams): UrlState<typeof providersParsers> {
  return readUrlState(providersParsers, params);
}

const serializeProviders = createSerializer(providersParsers);

/** The providers page for a state, leaving the default out so the canonical link stays short. */
export function providersHref(state: Partial<ProvidersState>): string {
  return serializeProviders("/providers", state);
}
