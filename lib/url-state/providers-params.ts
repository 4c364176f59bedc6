import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import type { SearchParams } from "./search-params";
import { readUrlState, type UrlState } from "./read-url-state";

// The providers page shows either requests or tokens: /providers?metric=tokens.

export const PROVIDER_METRICS = ["usage", "tokens"] as const;
export type ProviderMetric = (typeof PROVIDER_METRICS)[number];
const DEFAULT_PROVIDER_METRIC: ProviderMetric = "usage";

export const PROVIDER_METRIC_LABELS: Record<ProviderMetric, string> = {
  usage: "Requests",
  tokens: "Tokens",
};

const providersParsers = {
  metric: parseAsStringLiteral(PROVIDER_METRICS).withDefault(DEFAULT_PROVIDER_METRIC),
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
