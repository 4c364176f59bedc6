import type { LegendEntry } from "@/lib/export/chart-export";
import type { BarMetric } from "@/lib/url-state/view-params";

import { ChartFigure } from "./chart-figure";
import { PairedBarChart, type PairedBarRow } from "./paired-bar-chart";
import { pairedBarChartHeight } from "./paired-bar-layout";
import { PairedBarLegend } from "./paired-bar-legend";

type PairedBarFigureProps = {
  id: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  /** id of the table holding the same numbers. */
  tableId: string;
  testId: string;
  rows: PairedBarRow[];
  metric: BarMetric;
  /** What colour means, when not the macro-category (see PairedBarLegend). */
  colours?: LegendEntry[];
};

/** Paired share bars with their legend above, as every card of them draws them. */
export function PairedBarFigure({
  id,
  label,
  tableId,
  testId,
  rows,
  metric,
  colours,
}: PairedBarFigureProps) {
  return (
    <>
      <PairedBarLegend metric={metric} colours={colours} />
      <ChartFigure
        id={id}
        label={label}
        height={pairedBarChartHeight(rows.length)}
        tableId={tableId}
        testId={testId}
      >
        <PairedBarChart rows={rows} metric={metric} />
      </ChartFigure>
    </>
  );
}
