import type { LegendEntry } from "@/lib/export/chart-export";

// One shape for every chart's series, as in shadcn/ui's ChartConfig: a label and a colour (a
// CSS variable defined once for light and dark, such as var(--chart-code)), plus how a legend
// draws it. The export legend (LegendEntry) is that same shape, so a chart's series go into its
// downloaded pictures unchanged. Fixed series are a config object written with
// `satisfies ChartConfig<Keys>`; series that come from the data (macro-categories, providers)
// are lists of ChartSeries, since upstream keys must never become property names.

export type ChartSeriesConfig = LegendEntry & {
  /** Stroke dash pattern, for a line series that must read without colour. */
  dash?: string;
};

export type ChartConfig<Key extends string = string> = Record<Key, ChartSeriesConfig>;

/** A series in a list: its config and a key safe to use as a data attribute. */
export type ChartSeries = ChartSeriesConfig & { key: string };

/** The legend of an export: each series' label, colour and swatch, in order. */
export function exportLegend(series: readonly ChartSeriesConfig[]): LegendEntry[] {
  return series.map(({ label, colour, swatch }) =>
    swatch ? { label, colour, swatch } : { label, colour },
  );
}
