"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

import { formatPercent, formatShortDate } from "@/lib/format";

import { axisTick, gridStroke, percentTooltip, tooltipContentStyle } from "./chart-style";

export type StackedSeries = { key: string; label: string; colour: string };
/** values[i] belongs to series[i]; null on a day with no snapshot. */
export type StackedPoint = { date: string; values: (number | null)[] };

/**
 * Shares stacked to ~100% per day, one column per calendar day: the stacked area of the
 * snapshots, drawn so that a day with no snapshot is an empty column and a stored day between
 * two gaps still shows (an area cannot draw a single day). Values are read by index, not by
 * key: keys come from upstream and must never become property names.
 */
export function DailyStackChart({
  series,
  points,
  label,
}: {
  series: StackedSeries[];
  points: StackedPoint[];
  label: string;
}) {
  return (
    <BarChart
      data={points}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
      barCategoryGap={points.length > 20 ? 1 : "12%"}
      desc={label}
    >
      <CartesianGrid vertical={false} stroke={gridStroke} />
      <XAxis
        dataKey="date"
        tick={axisTick}
        tickFormatter={formatShortDate}
        stroke={gridStroke}
        minTickGap={24}
      />
      <YAxis
        tick={axisTick}
        tickFormatter={(value: number) => formatPercent(value)}
        stroke={gridStroke}
        width={56}
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        allowDataOverflow
      />
      <Tooltip
        formatter={percentTooltip}
        contentStyle={tooltipContentStyle}
        cursor={{ fill: "var(--muted)" }}
        isAnimationActive={false}
      />
      {series.map((item, index) => (
        <Bar
          key={item.key}
          dataKey={(point: StackedPoint) => point.values[index] ?? null}
          name={item.label}
          stackId="share"
          fill={item.colour}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
