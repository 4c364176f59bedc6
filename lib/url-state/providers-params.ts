import { parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { SHARE_METRICS, type ShareMetric } from "../derive/share-metric";
import { asOfParser } from "./as-of";
import { pageUrlState } from "./read-url-state";

// The providers page shows either requests or tokens: /providers?metric=tokens&as_of=….

const DEFAULT_PROVIDER_METRIC: ShareMetric = "usage";

const providersParsers = {
  metric: parseAsStringLiteral(SHARE_METRICS).withDefault(DEFAULT_PROVIDER_METRIC),
  asOf: asOfParser,
};

export type ProvidersState = inferParserType<typeof providersParsers>;

const providersUrl = pageUrlState("/providers", providersParsers);

export const parseProvidersParams = providersUrl.parse;
/** The providers page for a state, leaving the default out so the canonical link stays short. */
export const providersHref = providersUrl.href;
