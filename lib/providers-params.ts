import { firstValue, hrefWith, type SearchParams } from "./search-params";

// The providers page shows either requests or tokens: /providers?metric=tokens.

export const PROVIDER_METRICS = ["usage", "tokens"] as const;
export type ProviderMetric = (typeof PROVIDER_METRICS)[number];
export const DEFAULT_PROVIDER_METRIC: ProviderMetric = "usage";

export const PROVIDER_METRIC_LABELS: Record<ProviderMetric, string> = {
  usage: "Requests",
  tokens: "Tokens",
};

export type ParsedProvidersParams = { state: { metric: ProviderMetric }; ignored: string[] };

export function parseProvidersParams(params: SearchParams): ParsedProvidersParams {
  const metricParam = firstValue(params.metric);
  const metric =
    PROVIDER_METRICS.find((candidate) => candidate === metricParam) ?? DEFAULT_PROVIDER_METRIC;
  const ignored =
    metricParam !== undefined && metric !== metricParam ? [`metric=${metricParam}`] : [];
  return { state: { metric }, ignored };
}

export function providersHref(state: { metric: ProviderMetric }): string {
  return hrefWith("/providers", {
    metric: state.metric !== DEFAULT_PROVIDER_METRIC ? state.metric : undefined,
  });
}
