"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

import { formatPercent, formatShortDate } from "@/lib/format";
import type { SharePoint } from "@/lib/history/series";

import { axisTick, gridStroke, percentTooltip, tooltipContentStyle } from "./chart-style";
import { trendChartConfig } from "./trend-chart-config";

/**
 * A tag's usage and token share per day. Days without a snapshot are null and left as gaps
 * (connectNulls off); every stored day has a dot, so a day between two gaps still shows.
 */
export function TrendLineChart({ points, label }: { points: SharePoint[]; label: string }) {
  return (
    <LineChart
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
        domain={[0, "auto"]}
      />
      <Tooltip
        formatter={percentTooltip}
        labelFormatter={(date) => (typeof date === "string" ? date : String(date))}
        contentStyle={tooltipContentStyle}
        isAnimationActive={false}
      />
      {(["usage", "tokens"] as const).map((key) => (
        <Line
          key={key}
          dataKey={key}
          name={trendChartConfig[key].label}
          stroke={trendChartConfig[key].colour}
          strokeWidth={2}
          strokeDasharray={trendChartConfig[key].dash}
          dot={{ r: 2.5, fill: trendChartConfig[key].colour, strokeWidth: 0 }}
          activeDot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
