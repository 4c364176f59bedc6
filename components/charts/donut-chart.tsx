"use client";

import { Cell, Pie, PieChart, Tooltip } from "recharts";

import { percentTooltip, tooltipContentStyle } from "./chart-style";

export type DonutSlice = { key: string; label: string; value: number; colour: string };

/** A donut of fractions; the legend and numbers around it are server-rendered HTML. */
export function DonutChart({ slices, label }: { slices: DonutSlice[]; label: string }) {
  return (
    <PieChart responsive style={{ width: "100%", height: "100%" }} desc={label}>
      <Pie
        data={slices}
        dataKey="value"
        nameKey="label"
        innerRadius="60%"
        outerRadius="95%"
        paddingAngle={1}
        stroke="var(--card)"
        strokeWidth={2}
        isAnimationActive={false}
      >
        {slices.map((slice) => (
          <Cell key={slice.key} fill={slice.colour} />
        ))}
      </Pie>
      <Tooltip
        formatter={percentTooltip}
        contentStyle={tooltipContentStyle}
        isAnimationActive={false}
      />
    </PieChart>
  );
}
