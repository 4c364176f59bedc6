import type { ReactNode } from "react";

import { PageData } from "@/components/ui/page-data";

import type { ChartSeries } from "./chart-config";
import { ChartInteraction } from "./interaction/chart-interaction";
import { WRITTEN_TIPS, type WrittenTips } from "./interaction/layer-spec";
import {
  columnCentres,
  DateAxis,
  StretchedPlot,
  TIME_CHART,
  TimeChartFrame,
  timePlotHeight,
  type TimeSlot,
} from "./svg/time-axis";

/** One series drawn as a single path in the stretched plot. */
export type SeriesLayer = { item: ChartSeries; d: string };

/**
 * The frame the stacked time charts share (the daily shares, the long-run steps): the pointer's
 * bands over one slot per date, the tooltips written beside the chart, the value axis, each
 * series as one path in the stretched plot and the date axis under it. `behind` is drawn under
 * the plot (gap bands), `inPlot` over the series in the stretched space, `above` over it all.
 */
export function TimeStackFrame({
  slots,
  height,
  ticks,
  tickLabels,
  axisTitle,
  tips,
  layers,
  outlined,
  behind,
  inPlot,
  above,
}: {
  slots: readonly TimeSlot[];
  height: number;
  ticks: readonly number[];
  tickLabels?: readonly string[];
  axisTitle?: string;
  tips: WrittenTips;
  layers: SeriesLayer[];
  /** Outline each path in the card's colour, so neighbouring slots stay apart. */
  outlined: boolean;
  behind?: ReactNode;
  inPlot?: ReactNode;
  above?: ReactNode;
}) {
  const plotHeight = timePlotHeight(height);
  return (
    <ChartInteraction layer={{ kind: "bands", direction: "days", margins: TIME_CHART }}>
      <PageData kind="chart-tips" id={WRITTEN_TIPS} value={tips} />
      <TimeChartFrame height={height} ticks={ticks} tickLabels={tickLabels} axisTitle={axisTitle}>
        {behind}
        <StretchedPlot plotHeight={plotHeight}>
          {layers.map(({ item, d }) => (
            <path
              key={item.key}
              d={d}
              fill={item.colour}
              {...(outlined && {
                stroke: "var(--card)",
                strokeWidth: 0.5,
                vectorEffect: "non-scaling-stroke",
              })}
              data-series={item.key}
            />
          ))}
          {inPlot}
        </StretchedPlot>
        {above}
        <DateAxis days={slots} plotHeight={plotHeight} positionOf={columnCentres(slots.length)} />
      </TimeChartFrame>
    </ChartInteraction>
  );
}
