import { percent, pixels } from "@/components/charts/svg/chart-scale";
import { formatGap, formatPercent, formatShortDate } from "@/lib/format";
import { daysCovered } from "@/lib/derive/series";

import type { ChartSeries } from "./chart-config";

import { ChartInteraction } from "./interaction/chart-interaction";
import {
  columnCentres,
  DateAxis,
  GapBand,
  spansYears,
  TIME_CHART,
  TimeChartFrame,
  timePlotHeight,
  type TimeSlot,
} from "./svg/time-axis";

export type StackedSeries = ChartSeries;
/**
 * values[i] belongs to series[i]; null on a day with no snapshot. With `gapUntil`, one column
 * stands for the missing days from `date` to it.
 */
export type StackedPoint = TimeSlot & { values: (number | null)[] };

const TICKS = [0, 0.25, 0.5, 0.75, 1];
// Gap between columns as a fraction of a day's width; with many days, a thin card-coloured
// outline separates them instead.
const COLUMN_GAP = 0.12;
const MANY_DAYS = 20;

/**
 * Shares stacked to ~100% per day, one column per calendar day, so a day with no snapshot is an
 * empty column and a stored day between two gaps still shows; a long run of missing days is one
 * shaded column. Values are read by index, not by
 * key: keys come from upstream and must never become property names.
 */
export function DailyStackChart({
  series,
  points,
  height,
}: {
  series: StackedSeries[];
  points: StackedPoint[];
  height: number;
}) {
  const plotHeight = timePlotHeight(height);
  const band = 1 / Math.max(1, points.length);
  const many = points.length > MANY_DAYS;
  const gap = many ? 0 : band * COLUMN_GAP;
  const withYear = spansYears(points);

  const layer = {
    kind: "bands",
    direction: "days",
    margins: TIME_CHART,
  } as const;

  return (
    <ChartInteraction layer={layer}>
      <TimeChartFrame height={height} ticks={TICKS}>
        {/* Thin columns are outlined in the card's colour, set once for all of them. */}
        <g {...(many && { stroke: "var(--card)", strokeWidth: 0.5 })}>
          {points.map((point, index) => {
            let base = 0;
            return (
              <g key={point.date} data-day={point.date}>
                {point.gapUntil !== undefined && (
                  <GapBand
                    x={index * band}
                    width={band}
                    plotHeight={plotHeight}
                    from={point.date}
                  />
                )}
                {series.map((item, seriesIndex) => {
                  const value = point.values[seriesIndex];
                  if (value === null || value === undefined || value <= 0) return null;
                  const top = Math.min(1, base + value);
                  const rect = (
                    <rect
                      key={item.key}
                      x={percent(index * band + gap)}
                      y={pixels(plotHeight * (1 - top))}
                      width={percent(band - 2 * gap)}
                      height={pixels(plotHeight * (top - Math.min(1, base)))}
                      fill={item.colour}
                      data-bar={item.key}
                    />
                  );
                  base = top;
                  return rect;
                })}
                <rect
                  x={percent(index * band)}
                  y={0}
                  width={percent(band)}
                  height={plotHeight}
                  fill="transparent"
                  className="chart-hover"
                >
                  <title>{dayTip(point, series, withYear)}</title>
                </rect>
              </g>
            );
          })}
        </g>
        <DateAxis days={points} plotHeight={plotHeight} positionOf={columnCentres(points.length)} />
      </TimeChartFrame>
    </ChartInteraction>
  );
}

function dayTip(point: StackedPoint, series: StackedSeries[], withYear: boolean): string {
  if (point.gapUntil !== undefined) {
    return formatGap(point.date, point.gapUntil, daysCovered(point));
  }
  const date = formatShortDate(point.date, withYear);
  if (point.values.every((value) => value === null)) return `${date}: no snapshot`;
  const lines = series.map(
    (item, index) => `${item.label}: ${formatPercent(point.values[index] ?? 0)}`,
  );
  return [date, ...lines].join("\n");
}
