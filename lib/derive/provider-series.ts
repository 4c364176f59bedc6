import { identityColours } from "./identity-colours";
import { providerLabel } from "./models";
import type { ProviderSplit } from "./model-usage";
import { shareOf, type ShareMetric } from "./share-metric";

// Stacked-bar series for providers. Eight series are as many as stay distinguishable (also
// with colour-vision deficiencies), so the eight largest providers overall are drawn on their
// own and the rest share one "smaller providers" segment; the tables list each one. Each
// provider's colour is its identity's (lib/derive/identity-colours.ts), the same on every chart.

const OWN_COLOURS = 8;

export type ProviderSeries = {
  /** Chart data key; never the provider name, which is untrusted text. */
  key: string;
  label: string;
  colour: string;
  /** The providers the segment stands for (empty for the unlisted remainder). */
  providers: string[];
  /** Their names, as a legend lists them. */
  names: string[];
};

export type ProviderPalette = {
  /** Every series in stacking order: the named providers, smaller providers, other models. */
  series: ProviderSeries[];
  seriesOf: (provider: string) => ProviderSeries;
};

export const OTHER_MODELS_LABEL = "Other models";

/** Series for providers ranked overall (largest first), labelled by `nameOf`. */
export function providerPalette(
  rankedProviders: string[],
  nameOf: (provider: string) => string = providerLabel,
): ProviderPalette {
  const own = rankedProviders.slice(0, OWN_COLOURS);
  const colours = identityColours("provider", own);
  const named = own.map((provider, index) => ({
    key: `p${index + 1}`,
    label: nameOf(provider),
    colour: colours[index] ?? "var(--provider-rest)",
    providers: [provider],
    names: [nameOf(provider)],
  }));
  const smaller: ProviderSeries = {
    key: "rest",
    label: "Smaller providers",
    colour: "var(--provider-rest)",
    providers: rankedProviders.slice(OWN_COLOURS),
    names: rankedProviders.slice(OWN_COLOURS).map(nameOf),
  };
  const other: ProviderSeries = {
    key: "other",
    label: OTHER_MODELS_LABEL,
    colour: "var(--provider-unlisted)",
    providers: [],
    names: [],
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

/**
 * The series a set of stacks actually uses, for a legend that names only what is drawn; with
 * `present`, the smaller providers' segment names only those of them that are.
 */
export function seriesInUse(
  palette: ProviderPalette,
  stacks: Record<string, number>[],
  present?: readonly string[],
): ProviderSeries[] {
  return palette.series
    .filter((series) => stacks.some((values) => (values[series.key] ?? 0) > 0))
    .map((series) => {
      if (!present || series.key !== "rest") return series;
      const kept = series.providers.flatMap((provider, index) =>
        present.includes(provider) ? [{ provider, name: series.names[index] ?? provider }] : [],
      );
      return {
        ...series,
        providers: kept.map((item) => item.provider),
        names: kept.map((item) => item.name),
      };
    });
}
