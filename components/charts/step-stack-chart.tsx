import type { ChartSeries } from "./chart-config";

import { tenths } from "@/components/charts/svg/chart-scale";

import type { WrittenTips } from "./interaction/layer-spec";
import { ReleaseMarkers, type TrendMarker } from "./svg/release-marker";
import { columnCentres, STRETCHED_WIDTH, timePlotHeight, type TimeSlot } from "./svg/time-axis";
import { TimeStackFrame } from "./time-stack-frame";

// Long series (hundreds of dates, ten series) drawn as one filled path per series, each date a
// flat step across its slot: a fraction of the markup one rectangle per date and series would
// take, and the slots line up with the interaction layer's bands. Unlike the short charts, no
// <title> per date: hundreds of them would weigh more than the chart, and the table beside it
// holds every number without JavaScript.

/**
 * values[i] belongs to series[i]; null (unknown) is drawn as nothing. A partial point (fewer
 * days than the others) is drawn faded, so its lower height does not read as a collapse.
 */
export type StepPoint = TimeSlot & { until: string; values: (number | null)[]; partial?: boolean };

export type StepStackChartProps = {
  series: ChartSeries[];
  points: StepPoint[];
  height: number;
  /** The value axis, from 0 to its last tick, and its labels when not percentages. */
  ticks: readonly number[];
  tickLabels?: readonly string[];
  /** What the value axis counts, when its labels do not say ("tokens per week"). */
  axisTitle?: string;
  /** Each point's tooltip, a row each. */
  tips: WrittenTips;
  /** Days to mark, each in the slot that covers it (`until`: a slot's last day); others left out. */
  markers?: TrendMarker[];
  /** Name each band inside its right end, where it is tall enough to hold a line of text. */
  bandLabels?: boolean;
};

// A band shorter than this at the right end keeps its name to the legend.
const BAND_LABEL_MIN_HEIGHT = 14;

/** Series stacked per date, as steps, under a value axis from 0 to the last tick. */
export function StepStackChart({
  series,
  points,
  markers = [],
  bandLabels = false,
  ...frame
}: StepStackChartProps) {
  const { height, ticks } = frame;
  const plotHeight = timePlotHeight(height);
  const max = ticks.at(-1) ?? 1;
  const band = 1 / Math.max(1, points.length);
  const yOf = (value: number) => tenths(plotHeight * (1 - Math.min(value, max) / max));
  const xOf = (index: number) => tenths(index * band * STRETCHED_WIDTH);
  const centreOf = columnCentres(points.length);

  // Running tops per date: series i sits on the sum of the series before it.
  const bases = points.map(() => 0);
  const layers = series.map((item, seriesIndex) => {
    const bottoms = [...bases];
    points.forEach((point, index) => {
      bases[index] = (bases[index] ?? 0) + Math.max(0, point.values[seriesIndex] ?? 0);
    });
    return { item, d: stepArea(bottoms.map(yOf), [...bases].map(yOf), xOf) };
  });
  const labels = bandLabels ? labelsAtEnd(series, points, yOf) : [];

  return (
    <TimeStackFrame
      {...frame}
      slots={points}
      layers={layers}
      outlined
      inPlot={points.map((point, index) =>
        point.partial ? (
          <rect
            key={`partial-${point.date}`}
            x={xOf(index)}
            width={tenths(band * STRETCHED_WIDTH)}
            y={0}
            height={plotHeight}
            fill="var(--card)"
            fillOpacity={0.55}
            data-partial={point.date}
          />
        ) : null,
      )}
      above={
        <>
          {labels.map(({ key, label, y }) => (
            <text
              key={key}
              x="100%"
              dx={-6}
              y={y}
              dy="0.35em"
              textAnchor="end"
              fontSize={11}
              fontWeight={600}
              fill="var(--foreground)"
              stroke="var(--card)"
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
              pointerEvents="none"
              data-band-label={key}
            >
              {label}
            </text>
          ))}
          <ReleaseMarkers
            markers={markers}
            slots={points}
            lastDayOf={(point) => point.until}
            xOf={centreOf}
            plotHeight={plotHeight}
          />
        </>
      }
    />
  );
}

/**
 * The bands' names at the last complete slot (the last slot when none is complete): each at the
 * middle of its band, if the band is tall enough there.
 */
function labelsAtEnd(
  series: ChartSeries[],
  points: StepPoint[],
  yOf: (value: number) => number,
): { key: string; label: string; y: number }[] {
  const point = points.findLast((candidate) => !candidate.partial) ?? points.at(-1);
  if (!point) return [];
  let base = 0;
  return series.flatMap((item, index) => {
    const bottom = yOf(base);
    base += Math.max(0, point.values[index] ?? 0);
    const top = yOf(base);
    if (bottom - top < BAND_LABEL_MIN_HEIGHT) return [];
    return [{ key: item.key, label: item.label, y: tenths((top + bottom) / 2) }];
  });
}

/** The area between two step lines: along the tops left to right, back along the bottoms. */
function stepArea(bottoms: number[], tops: number[], xOf: (index: number) => number): string {
  if (tops.length === 0) return "";
  let path = `M0 ${tops[0]}`;
  tops.forEach((top, index) => {
    path += `V${top}H${xOf(index + 1)}`;
  });
  for (let index = bottoms.length - 1; index >= 0; index -= 1) {
    path += `V${bottoms[index]}H${xOf(index)}`;
  }
  return `${path}Z`;
}
