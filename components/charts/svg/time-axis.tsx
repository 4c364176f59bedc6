import { percent, sparseLabelIndexes } from "@/components/charts/svg/chart-scale";
import { formatShortDate } from "@/lib/format";

import { AXIS_TEXT, ChartSvg, GRID_STROKE, UpValueAxis } from "./chart-svg";

// Layout of the charts over time: value axis on the left, dates below.
export const TIME_CHART = { top: 8, right: 12, left: 56, bottom: 30 } as const;
// Short dates ("Nov 15") fit five to a phone-width plot.
const MAX_DATE_LABELS = 5;

export function timePlotHeight(height: number): number {
  return height - TIME_CHART.top - TIME_CHART.bottom;
}

/**
 * The date axis under a plot: a baseline and at most five evenly spaced dates. `positionOf` gives
 * a day's place across the plot as a fraction (column centre or line point).
 */
export function DateAxis({
  dates,
  plotHeight,
  positionOf,
}: {
  dates: readonly string[];
  plotHeight: number;
  positionOf: (index: number) => number;
}) {
  return (
    <g>
      <line x1="0" x2="100%" y1={plotHeight} y2={plotHeight} stroke={GRID_STROKE} />
      {sparseLabelIndexes(dates.length, MAX_DATE_LABELS).map((index) => (
        <text
          key={dates[index]}
          x={percent(positionOf(index))}
          y={plotHeight + 18}
          textAnchor="middle"
          {...AXIS_TEXT}
          data-tick
        >
          {formatShortDate(dates[index] ?? "")}
        </text>
      ))}
    </g>
  );
}

/** Horizontal grid lines at each tick of a value axis that runs from 0 to the last tick. */
export function HorizontalGrid({
  ticks,
  plotHeight,
}: {
  ticks: readonly number[];
  plotHeight: number;
}) {
  const max = ticks.at(-1) ?? 1;
  return (
    <g>
      {ticks.map((tick) => (
        <line
          key={tick}
          x1="0"
          x2="100%"
          y1={plotHeight * (1 - tick / max)}
          y2={plotHeight * (1 - tick / max)}
          stroke={GRID_STROKE}
        />
      ))}
    </g>
  );
}

/**
 * The frame of a chart over time: the value axis on the left, its grid across the plot, and the
 * plot itself (positions in it are fractions of its width) for the marks in `children`.
 */
export function TimeChartFrame({
  height,
  ticks,
  children,
}: {
  height: number;
  ticks: readonly number[];
  children: React.ReactNode;
}) {
  const plotHeight = timePlotHeight(height);
  return (
    <ChartSvg height={height} inset={TIME_CHART}>
      <UpValueAxis ticks={ticks} plotTop={TIME_CHART.top} plotHeight={plotHeight} labelX={-6} />
      <g transform={`translate(0 ${TIME_CHART.top})`}>
        <HorizontalGrid ticks={ticks} plotHeight={plotHeight} />
        {children}
      </g>
    </ChartSvg>
  );
}
