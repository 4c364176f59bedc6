import type { ChartSeries } from "@/components/charts/chart-config";
import type { TrendSeries } from "@/lib/derive/trends/trend-table";

// The trends charts' colours: the providers' palette (eight colour-blind-safe hues, a grey for
// the rest and a pale one for "outside the top 50"), defined for light and dark in
// app/globals.css. The 12 categories need four more, taken from the chart palette.

const NAMED = [
  "var(--provider-1)",
  "var(--provider-2)",
  "var(--provider-3)",
  "var(--provider-4)",
  "var(--provider-5)",
  "var(--provider-6)",
  "var(--provider-7)",
  "var(--provider-8)",
  "var(--chart-extra-1)",
  "var(--chart-code)",
  "var(--chart-agent)",
  "var(--chart-extra-3)",
];

/** Each series with its colour and a data key, in stacking order. */
export function trendChartSeries(series: readonly TrendSeries[]): ChartSeries[] {
  let named = 0;
  return series.map((item) => {
    const colour =
      item.kind === "rest"
        ? "var(--provider-rest)"
        : item.kind === "outside"
          ? "var(--provider-unlisted)"
          : (NAMED[named++ % NAMED.length] ?? "var(--provider-rest)");
    return { key: item.key, label: item.label, colour };
  });
}
