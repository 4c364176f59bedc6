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

/** A day of a chart over time, or one slot standing for a long run of missing days. */
export type TimeSlot = { date: string; gapUntil?: string };

/** Whether a chart's days run over more than one year, so its dates need their year. */
export function spansYears(days: readonly TimeSlot[]): boolean {
  const first = days[0]?.date.slice(0, 4);
  const last = days.at(-1);
  return first !== (last?.gapUntil ?? last?.date)?.slice(0, 4);
}

/**
 * Which days the date axis labels, and how: at most five evenly spaced (three when they carry
 * their year). A collapsed gap's slot is never labelled, as one date would misname a range: its
 * label moves to the stored day after it.
 */
export function dateAxisLabels(days: readonly TimeSlot[]): { index: number; text: string }[] {
  const withYear = spansYears(days);
  const labelled = new Set<number>();
  for (const index of sparseLabelIndexes(days.length, withYear ? 3 : MAX_DATE_LABELS)) {
    labelled.add(days[index]?.gapUntil === undefined ? index : index + 1);
  }
  return [...labelled].flatMap((index) => {
    const day = days[index];
    return day ? [{ index, text: formatShortDate(day.date, withYear) }] : [];
  });
}

/** Each day's column centre, as a fraction across the plot, when `count` days share it evenly. */
export function columnCentres(count: number): (index: number) => number {
  const band = 1 / Math.max(1, count);
  return (index) => (index + 0.5) * band;
}

// Paths cannot use percentages: marks drawn as paths take a stretched coordinate space this wide,
// whatever the plot's width; non-scaling strokes keep their width and dashes through the stretch.
export const STRETCHED_WIDTH = 1000;

/** The plot as that stretched space, `STRETCHED_WIDTH` across and `plotHeight` down. */
export function StretchedPlot({
  plotHeight,
  children,
}: {
  plotHeight: number;
  children: React.ReactNode;
}) {
  return (
    <svg
      width="100%"
      height={plotHeight}
      viewBox={`0 0 ${STRETCHED_WIDTH} ${plotHeight}`}
      preserveAspectRatio="none"
      overflow="visible"
    >
      {children}
    </svg>
  );
}

/**
 * The date axis under a plot: a baseline and its labelled dates. `positionOf` gives a day's
 * place across the plot as a fraction (column centre or line point).
 */
export function DateAxis({
  days,
  plotHeight,
  positionOf,
}: {
  days: readonly TimeSlot[];
  plotHeight: number;
  positionOf: (index: number) => number;
}) {
  return (
    <g>
      <line x1="0" x2="100%" y1={plotHeight} y2={plotHeight} stroke={GRID_STROKE} />
      {dateAxisLabels(days).map(({ index, text }) => (
        <text
          key={index}
          x={percent(positionOf(index))}
          y={plotHeight + 18}
          textAnchor="middle"
          {...AXIS_TEXT}
          data-tick
        >
          {text}
        </text>
      ))}
    </g>
  );
}

/**
 * The mark of a collapsed gap: a shaded slot with dashed edges, so a long run of missing days
 * reads as a break in the time axis, not as one missing day.
 */
export function GapBand({
  x,
  width,
  plotHeight,
  from,
}: {
  /** Left edge and width as fractions of the plot's width. */
  x: number;
  width: number;
  plotHeight: number;
  from: string;
}) {
  return (
    <g data-gap={from} aria-hidden>
      <rect
        x={percent(x)}
        y={0}
        width={percent(width)}
        height={plotHeight}
        fill="var(--muted-foreground)"
        fillOpacity={0.1}
      />
      {[x, x + width].map((edge) => (
        <line
          key={edge}
          x1={percent(edge)}
          x2={percent(edge)}
          y1={0}
          y2={plotHeight}
          stroke="var(--muted-foreground)"
          strokeDasharray="3 3"
        />
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
  tickLabels,
  axisTitle,
  children,
}: {
  height: number;
  ticks: readonly number[];
  /** The value axis's labels in tick order, when not percentages. */
  tickLabels?: readonly string[];
  /** What the value axis counts ("tokens per week"), written up its left edge. */
  axisTitle?: string;
  children: React.ReactNode;
}) {
  const plotHeight = timePlotHeight(height);
  return (
    <ChartSvg height={height} inset={TIME_CHART}>
      {axisTitle && (
        <text
          transform={`translate(${10 - TIME_CHART.left} ${TIME_CHART.top + plotHeight / 2}) rotate(-90)`}
          textAnchor="middle"
          dominantBaseline="central"
          {...AXIS_TEXT}
          fontSize={11}
          data-axis-title
        >
          {axisTitle}
        </text>
      )}
      <UpValueAxis
        ticks={ticks}
        labels={tickLabels}
        plotTop={TIME_CHART.top}
        plotHeight={plotHeight}
        labelX={-6}
      />
      <g transform={`translate(0 ${TIME_CHART.top})`}>
        <HorizontalGrid ticks={ticks} plotHeight={plotHeight} />
        {children}
      </g>
    </ChartSvg>
  );
}
