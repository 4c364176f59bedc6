"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";

import { formatPercent } from "@/lib/format";

import { axisTick, gridStroke, tooltipContentStyle } from "./chart-style";
import { STACK_AXIS_HEIGHT } from "./stack-layout";

export type StackRow = {
  key: string;
  /** Shown on the axis (truncated to fit) and as the tooltip title. */
  label: string;
  /** Share per series key, each in [0, 1]. */
  values: Record<string, number>;
};

export type StackSeries = { key: string; label: string; colour: string };

type ProviderStackChartProps = {
  rows: StackRow[];
  series: StackSeries[];
  label: string;
  /** Room for the row labels, in pixels. */
  labelWidth?: number;
};

const LABEL_WIDTH = 150;
const LABEL_CHARACTERS = 22;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Horizontal 100% bars, one per row, split into provider segments in the same order and colour
 * on every row. Height is fixed by the row count so the page reserves it before drawing.
 */
export function ProviderStackChart({
  rows,
  series,
  label,
  labelWidth = LABEL_WIDTH,
}: ProviderStackChartProps) {
  const data = rows.map((row) => ({ ...row.values, rowLabel: row.label }));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
      barCategoryGap={5}
      desc={label}
    >
      <CartesianGrid horizontal={false} stroke={gridStroke} />
      <XAxis
        type="number"
        orientation="top"
        height={STACK_AXIS_HEIGHT}
        domain={[0, 1]}
        allowDataOverflow
        ticks={TICKS}
        tick={axisTick}
        tickFormatter={(value: number) => formatPercent(value)}
        stroke={gridStroke}
      />
      <YAxis
        type="category"
        dataKey="rowLabel"
        width={labelWidth}
        tick={axisTick}
        tickFormatter={truncate}
        interval={0}
        stroke={gridStroke}
      />
      <Tooltip content={StackTooltip} cursor={{ fill: "var(--muted)" }} isAnimationActive={false} />
      {series.map((item) => (
        <Bar
          key={item.key}
          dataKey={item.key}
          name={item.label}
          stackId="split"
          fill={item.colour}
          stroke="var(--card)"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

/** Lists only the segments a row has, largest first. */
function StackTooltip({ active, payload }: TooltipContentProps) {
  if (!active || payload.length === 0) return null;
  const title = rowLabelOf(payload[0]?.payload);
  const items = payload
    .filter((item) => typeof item.value === "number" && item.value > 0)
    .sort((a, b) => Number(b.value) - Number(a.value));
  return (
    <div style={{ ...tooltipContentStyle, padding: "8px 10px" }}>
      {title && <p style={{ margin: "0 0 4px", fontWeight: 600 }}>{title}</p>}
      <ul style={{ margin: 0, padding: 0, listStyle: "none" }}>
        {items.map((item) => (
          <li key={String(item.dataKey)} style={{ display: "flex", gap: 8, alignItems: "center" }}>
            <span
              aria-hidden
              style={{ width: 10, height: 10, borderRadius: 2, background: item.color }}
            />
            <span style={{ flex: 1 }}>{item.name}</span>
            <span>{formatPercent(Number(item.value))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function rowLabelOf(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null || !("rowLabel" in row)) return undefined;
  return typeof row.rowLabel === "string" ? row.rowLabel : undefined;
}

function truncate(text: string): string {
  return text.length > LABEL_CHARACTERS ? `${text.slice(0, LABEL_CHARACTERS - 1)}…` : text;
}
