import type { ChartSeries } from "@/components/charts/chart-config";
import { identityColours, identityVariable } from "@/lib/derive/identity-colours";
import type { TrendTable } from "@/lib/derive/trends/trend-table";

// The trends charts' colours. A model, provider or category series takes its identity's colour
// (the same on every chart, whatever its rank); fixed series (weights, the top 50) take the
// slots in order; the rest is grey and "outside the top 50" pale, as on every provider chart.

/** Each series with its colour and a data key, in stacking order. */
export function trendChartSeries(table: Pick<TrendTable, "identity" | "series">): ChartSeries[] {
  const named = table.series.filter((item) => item.kind === "named");
  const colours = table.identity
    ? identityColours(
        table.identity,
        named.map((item) => item.members[0] ?? item.label),
      )
    : named.map((_, index) => identityVariable(index + 1));
  const colourOf = new Map(named.map((item, index) => [item.key, colours[index]]));
  return table.series.map((item) => ({
    key: item.key,
    label: item.label,
    colour:
      item.kind === "rest"
        ? "var(--provider-rest)"
        : item.kind === "outside"
          ? "var(--provider-unlisted)"
          : (colourOf.get(item.key) ?? "var(--provider-rest)"),
  }));
}
