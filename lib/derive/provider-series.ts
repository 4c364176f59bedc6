import { providerLabel } from "./models";
import type { ProviderSplit } from "./model-usage";
import { shareOf, type ShareMetric } from "./share-metric";

// Stacked-bar series for providers. Eight colours are as many as stay distinguishable (also
// with colour-vision deficiencies), so the eight largest providers overall keep their own colour
// on every chart and the rest share one "smaller providers" segment; the tables list each one.
// The colours are CSS variables defined for light and dark in app/globals.css.

const OWN_COLOURS = 8;

export type ProviderSeries = {
  /** Chart data key; never the provider name, which is untrusted text. */
  key: string;
  label: string;
  colour: string;
  /** The providers the segment stands for (empty for the unlisted remainder). */
  providers: string[];
};

export type ProviderPalette = {
  /** Every series in stacking order: the named providers, smaller providers, other models. */
  series: ProviderSeries[];
  seriesOf: (provider: string) => ProviderSeries;
};

export const OTHER_MODELS_LABEL = "Other models";

/** Series for providers ranked overall (largest first). */
export function providerPalette(rankedProviders: string[]): ProviderPalette {
  const named = rankedProviders.slice(0, OWN_COLOURS).map((provider, index) => ({
    key: `p${index + 1}`,
    label: providerLabel(provider),
    colour: `var(--provider-${index + 1})`,
    providers: [provider],
  }));
  const smaller: ProviderSeries = {
    key: "rest",
    label: "Smaller providers",
    colour: "var(--provider-rest)",
    providers: rankedProviders.slice(OWN_COLOURS),
  };
  const other: ProviderSeries = {
    key: "other",
    label: OTHER_MODELS_LABEL,
    colour: "var(--provider-unlisted)",
    providers: [],
  };
  const byProvider = new Map(named.map((series) => [series.providers[0] ?? "", series]));
  return {
    series: [...named, ...(smaller.providers.length > 0 ? [smaller] : []), other],
    seriesOf: (provider) => byProvider.get(provider) ?? smaller,
  };
}

/** One split as stacked values: the share of each series (0 where it has none). */
export function stackValues(
  split: ProviderSplit,
  metric: ShareMetric,
  palette: ProviderPalette,
): Record<string, number> {
  const share = (item: { usageShare: number; tokenShare: number }) => shareOf(item, metric);
  const values: Record<string, number> = Object.fromEntries(
    palette.series.map((series) => [series.key, 0]),
  );
  for (const item of split.providers) {
    const key = palette.seriesOf(item.provider).key;
    values[key] = (values[key] ?? 0) + share(item);
  }
  values.other = share(split.otherModels);
  return values;
}

/** The series a set of stacks actually uses, for a legend that names only what is drawn. */
export function seriesInUse(
  palette: ProviderPalette,
  stacks: Record<string, number>[],
): ProviderSeries[] {
  return palette.series.filter((series) => stacks.some((values) => (values[series.key] ?? 0) > 0));
}
