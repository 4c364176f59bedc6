import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { SHARE_METRICS, type ShareMetric } from "../derive/share-metric";
import type { SearchParams } from "./search-params";
import { readUrlState, type UrlState } from "./read-url-state";
import { asOfParser } from "./as-of";
import { URL_KEYS } from "./view-params";

// The providers page shows either requests or tokens: /providers?metric=tokens&as_of=….

const DEFAULT_PROVIDER_METRIC: ShareMetric = "usage";

const providersParsers = {
  metric: parseAsStringLiteral(SHARE_METRICS).withDefault(DEFAULT_PROVIDER_METRIC),
  asOf: asOfParser,
};

export type ProvidersState = inferParserType<typeof providersParsers>;

export function parseProvidersParams(params: SearchParams): UrlState<typeof providersParsers> {
  return readUrlState(providersParsers, params, URL_KEYS);
}

const serializeProviders = createSerializer(providersParsers, { urlKeys: URL_KEYS });

/** The providers page for a state, leaving the default out so the canonical link stays short. */
export function providersHref(state: Partial<ProvidersState>): string {
  return serializeProviders("/providers", state);
}
