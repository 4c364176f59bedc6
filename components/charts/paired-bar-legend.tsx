import type { LegendEntry } from "@/lib/export/chart-export";
import type { BarMetric } from "@/lib/url-state/view-params";
import { SHARE_METRICS, type ShareMetric } from "@/lib/derive/share-metric";

import { exportLegend, type ChartConfig } from "./chart-config";
import { ServerMarkup } from "@/components/ui/server-markup";

// Colour means macro-category on these charts, so the two bars of a pair differ by fill.
const pairedBarConfig = {
  usage: { label: "Usage share (requests)", colour: "var(--foreground)", swatch: "solid" },
  tokens: { label: "Token share", colour: "var(--foreground)", swatch: "light" },
} satisfies ChartConfig<ShareMetric>;

/** The bar styles a chart with this metric draws; the same list goes into its exports. */
export function barStyleLegend(metric: BarMetric): LegendEntry[] {
  const metrics = metric === "both" ? SHARE_METRICS : [metric];
  return exportLegend(metrics.map((key) => pairedBarConfig[key]));
}

/**
 * Explains the bars of a pair and what colour means: the macro-category, unless the chart says
 * otherwise with `colours` (a drill-down's bars share its task's one colour).
 */
export function PairedBarLegend({
  metric,
  colours,
}: {
  metric: BarMetric;
  colours?: LegendEntry[];
}) {
  return (
    <ServerMarkup>
      <ul
        className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground"
        aria-label="Bar legend"
      >
        {barStyleLegend(metric).map((entry) => (
          <li key={entry.label} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className={
                entry.swatch === "solid"
                  ? "h-2.5 w-5 rounded-sm bg-foreground/80"
                  : "h-2.5 w-5 rounded-sm border border-foreground/80 bg-foreground/25"
              }
            />
            {entry.label}
          </li>
        ))}
        {colours ? (
          colours.map((entry) => (
            <li key={entry.label} className="flex items-center gap-1.5">
              <span
                aria-hidden
                className="size-2.5 rounded-sm"
                style={{ background: entry.colour }}
              />
              {entry.label}
            </li>
          ))
        ) : (
          <li>Colour = macro-category</li>
        )}
      </ul>
    </ServerMarkup>
  );
}
