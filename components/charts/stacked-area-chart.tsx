"use client";

import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

import { formatPercent, formatShortDate } from "@/lib/format";

import { axisTick, gridStroke, percentTooltip, tooltipContentStyle } from "./chart-style";

export type StackedSeries = { key: string; label: string; colour: string };
/** values[i] belongs to series[i]; null on a day with no snapshot. */
export type StackedPoint = { date: string; values: (number | null)[] };

/**
 * Shares stacked to ~100% per day. Values are read by index, not by key: keys come from
 * upstream and must never become property names. Days with no snapshot are gaps.
 */
export function StackedAreaChart({
  series,
  points,
  label,
}: {
  series: StackedSeries[];
  points: StackedPoint[];
  label: string;
}) {
  return (
    <AreaChart
      data={points}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
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
      />
      <Tooltip
        formatter={percentTooltip}
        contentStyle={tooltipContentStyle}
        isAnimationActive={false}
      />
      {series.map((item, index) => (
        <Area
          key={item.key}
          dataKey={(point: StackedPoint) => point.values[index] ?? null}
          name={item.label}
          stackId="share"
          type="linear"
          stroke={item.colour}
          fill={item.colour}
          fillOpacity={0.75}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </AreaChart>
  );
}
