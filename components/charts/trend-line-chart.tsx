import { niceTicks, percent } from "@/components/charts/svg/chart-scale";
import { formatGap, formatPercent, formatShortDate } from "@/lib/format";
import { daysCovered, type SharePoint } from "@/lib/derive/series";
import { SHARE_METRICS, type ShareMetric } from "@/lib/derive/share-metric";

import { ReleaseMarkers, type TrendMarker } from "./svg/release-marker";
import { trendChartConfig } from "./trend-chart-config";

import { ChartInteraction } from "./interaction/chart-interaction";
import {
  DateAxis,
  GapBand,
  spansYears,
  STRETCHED_WIDTH,
  StretchedPlot,
  TIME_CHART,
  TimeChartFrame,
  timePlotHeight,
} from "./svg/time-axis";

export type { TrendMarker } from "./svg/release-marker";

/**
 * A tag's usage and token share per day. Days without a snapshot are null and left as gaps
 * (a long run of them is one shaded slot); every stored day has a dot, so a day between two gaps
 * still shows.
 */
export function TrendLineChart({
  points,
  height,
  markers = [],
}: {
  points: SharePoint[];
  height: number;
  /** Days outside the series are left out. */
  markers?: TrendMarker[];
}) {
  const plotHeight = timePlotHeight(height);
  const longest = Math.max(
    0,
    ...points.flatMap((point) => SHARE_METRICS.map((key) => point[key] ?? 0)),
  );
  const ticks = niceTicks(longest);
  const max = ticks.at(-1) ?? 1;
  const xOf = (index: number) => (points.length > 1 ? index / (points.length - 1) : 0.5);
  const yOf = (value: number) => plotHeight * (1 - value / max);
  const step = points.length > 1 ? 1 / (points.length - 1) : 1;
  const tip = (point: SharePoint) => dayTip(point, spansYears(points));

  const layer = {
    kind: "lines",
    margins: TIME_CHART,
    points,
    max,
    colours: { usage: trendChartConfig.usage.colour, tokens: trendChartConfig.tokens.colour },
  } as const;

  return (
    <ChartInteraction layer={layer}>
      <TimeChartFrame height={height} ticks={ticks}>
        {points.map((point, index) =>
          point.gapUntil === undefined ? null : (
            <GapBand
              key={point.date}
              x={xOf(index) - step / 2}
              width={step}
              plotHeight={plotHeight}
              from={point.date}
            />
          ),
        )}
        <StretchedPlot plotHeight={plotHeight}>
          {SHARE_METRICS.map((key) => (
            <path
              key={key}
              d={linePath(points, key, (index) => xOf(index) * STRETCHED_WIDTH, yOf)}
              fill="none"
              stroke={trendChartConfig[key].colour}
              strokeWidth={2}
              strokeDasharray={trendChartConfig[key].dash}
              vectorEffect="non-scaling-stroke"
              data-series={key}
            />
          ))}
        </StretchedPlot>
        {SHARE_METRICS.map((key) => (
          <g key={key} fill={trendChartConfig[key].colour}>
            {points.map((point, index) => {
              const value = point[key];
              if (value === null) return null;
              return (
                <circle
                  key={point.date}
                  cx={percent(xOf(index))}
                  cy={yOf(value)}
                  r={2.5}
                  data-point={key}
                />
              );
            })}
          </g>
        ))}
        {points.map((point, index) => (
          <rect
            key={point.date}
            x={percent(Math.max(0, xOf(index) - 0.5 / points.length))}
            y={0}
            width={percent(1 / points.length)}
            height={plotHeight}
            fill="transparent"
            className="chart-hover"
          >
            <title>{tip(point)}</title>
          </rect>
        ))}
        <ReleaseMarkers
          markers={markers}
          slots={points}
          lastDayOf={(point) => point.gapUntil ?? point.date}
          xOf={xOf}
          plotHeight={plotHeight}
        />
        <DateAxis days={points} plotHeight={plotHeight} positionOf={xOf} />
      </TimeChartFrame>
    </ChartInteraction>
  );
}

/** Line segments through consecutive days with a value; a null day breaks the line. */
function linePath(
  points: SharePoint[],
  key: ShareMetric,
  xOf: (index: number) => number,
  yOf: (value: number) => number,
): string {
  let path = "";
  let drawing = false;
  points.forEach((point, index) => {
    const value = point[key];
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${round(xOf(index))} ${round(yOf(value))}`;
    drawing = true;
  });
  return path;
}

function dayTip(point: SharePoint, withYear: boolean): string {
  if (point.gapUntil !== undefined) {
    return formatGap(point.date, point.gapUntil, daysCovered(point));
  }
  const date = formatShortDate(point.date, withYear);
  if (point.usage === null && point.tokens === null) return `${date}: no snapshot`;
  const lines = SHARE_METRICS.map(
    (key) =>
      `${trendChartConfig[key].label}: ${point[key] === null ? "–" : formatPercent(point[key])}`,
  );
  return [date, ...lines].join("\n");
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
