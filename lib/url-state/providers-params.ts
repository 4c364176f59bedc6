import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import type { SearchParams } from "./search-params";
import { readUrlState, type UrlState } from "./read-url-state";
import { asOfParser } from "./as-of";
import { URL_KEYS } from "./view-params";

// The providers page shows either requests or tokens: /providers?metric=tokens&as_of=….

export const PROVIDER_METRICS = ["usage", "tokens"] as const;
export type ProviderMetric = (typeof PROVIDER_METRICS)[number];
const DEFAULT_PROVIDER_METRIC: ProviderMetric = "usage";

export const PROVIDER_METRIC_LABELS: Record<ProviderMetric, string> = {
  usage: "Requests",
  tokens: "Tokens",
};

const providersParsers = {
  metric: parseAsStringLiteral(PROVIDER_METRICS).withDefault(DEFAULT_PROVIDER_METRIC),
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
