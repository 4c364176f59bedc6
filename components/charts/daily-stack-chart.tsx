import { tenths } from "@/components/charts/svg/chart-scale";
import { formatGap, formatPercent, formatShortDate } from "@/lib/format";
import { daysCovered } from "@/lib/derive/series";

import type { ChartSeries } from "./chart-config";

import type { WrittenTips } from "./interaction/layer-spec";
import {
  GapBand,
  spansYears,
  STRETCHED_WIDTH,
  timePlotHeight,
  type TimeSlot,
} from "./svg/time-axis";
import { TimeStackFrame } from "./time-stack-frame";

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

  // Each series' columns as one path, in the stretched space: a rectangle per day would take
  // several times the markup, and a day's numbers are in its tooltip and the table beside it.
  const xOf = (fraction: number) => tenths(fraction * STRETCHED_WIDTH);
  const bases = points.map(() => 0);
  const columns = series.map((item, seriesIndex) => {
    let d = "";
    points.forEach((point, index) => {
      const value = point.values[seriesIndex];
      const base = bases[index] ?? 0;
      if (value === null || value === undefined || value <= 0) return;
      const top = Math.min(1, base + value);
      const [left, right] = [xOf(index * band + gap), xOf((index + 1) * band - gap)];
      const [bottomY, topY] = [plotHeight * (1 - base), plotHeight * (1 - top)].map(tenths);
      d += `M${left} ${bottomY}V${topY}H${right}V${bottomY}Z`;
      bases[index] = top;
    });
    return { item, d };
  });

  return (
    <TimeStackFrame
      slots={points}
      height={height}
      ticks={TICKS}
      tips={dayTips(points, series, withYear)}
      layers={columns}
      // Thin columns are outlined in the card's colour, so neighbouring days stay apart.
      outlined={many}
      behind={points.map((point, index) =>
        point.gapUntil === undefined ? null : (
          <GapBand
            key={point.date}
            x={index * band}
            width={band}
            plotHeight={plotHeight}
            from={point.date}
          />
        ),
      )}
    />
  );
}

/** Each day's tooltip: its date and every series' share, or what the gap or missing day was. */
function dayTips(points: StackedPoint[], series: StackedSeries[], withYear: boolean): WrittenTips {
  const rows = points.map((point) => {
    if (point.gapUntil !== undefined) {
      return [formatGap(point.date, point.gapUntil, daysCovered(point))];
    }
    const date = formatShortDate(point.date, withYear);
    if (point.values.every((value) => value === null)) return [`${date}: no snapshot`];
    return [date, ...series.map((_item, index) => formatPercent(point.values[index] ?? 0))];
  });
  return { labels: series.map((item) => item.label), rows };
}
