import type { ProviderSeries } from "@/lib/derive/provider-series";

import { ChartFigure } from "./chart-figure";
import { ProviderLegend } from "./provider-legend";
import { ProviderStackChart, type StackRow } from "./provider-stack-chart";
import { stackChartHeight } from "./stack-layout";

type ProviderStackFigureProps = {
  id: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  /** id of the table holding the same numbers. */
  tableId: string;
  testId: string;
  rows: StackRow[];
  /** Every series, in stacking order. */
  series: ProviderSeries[];
  /** The series the legend names; all of them unless the card draws only some. */
  legend?: ProviderSeries[];
  labelWidth?: number;
};

/** Stacked provider bars with their legend above, as every provider card draws them. */
export function ProviderStackFigure({
  id,
  label,
  tableId,
  testId,
  rows,
  series,
  legend,
  labelWidth,
}: ProviderStackFigureProps) {
  return (
    <>
      <ProviderLegend series={legend ?? series} />
      <ChartFigure
        label={label}
        height={stackChartHeight(rows.length)}
        id={id}
        tableId={tableId}
        testId={testId}
      >
        <ProviderStackChart rows={rows} series={series} labelWidth={labelWidth} />
      </ChartFigure>
    </>
  );
}
