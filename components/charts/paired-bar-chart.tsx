"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";

import { formatPercent } from "@/lib/format";
import type { BarMetric } from "@/lib/url-state/view-params";

import { AXIS_HEIGHT } from "./paired-bar-layout";
import { axisTick, gridStroke, percentTooltip, tooltipContentStyle } from "./chart-style";

export type PairedBarRow = {
  key: string;
  /** Shown on the axis (truncated to fit). */
  label: string;
  /** Shown in the tooltip when the axis label is a shortened form. */
  fullLabel?: string;
  usage: number;
  tokens: number;
  colour: string;
  /** Text drawn after each bar, e.g. the change since a comparison date ("▲ +0.6 pp"). */
  usageNote?: string;
  tokensNote?: string;
};

const LABEL_WIDTH = 150;
const LABEL_CHARACTERS = 22;
const NOTE_WIDTH = 84;
const noteStyle = {
  fill: "var(--muted-foreground)",
  fontSize: 11,
  fontVariantNumeric: "tabular-nums",
};

/**
 * Horizontal bars, usage share (solid) above token share (light) for each row, coloured by
 * macro-category; `metric` draws only one of the two. Height is fixed by the row count so the
 * page reserves it before drawing.
 */
export function PairedBarChart({
  rows,
  label,
  metric,
}: {
  rows: PairedBarRow[];
  label: string;
  metric: BarMetric;
}) {
  const hasNotes = rows.some((row) => row.usageNote || row.tokensNote);
  return (
    <BarChart
      layout="vertical"
      data={rows}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 0, right: hasNotes ? NOTE_WIDTH : 12, bottom: 0, left: 0 }}
      barGap={1}
      barCategoryGap={6}
      desc={label}
    >
      <CartesianGrid horizontal={false} stroke={gridStroke} />
      <XAxis
        type="number"
        orientation="top"
        height={AXIS_HEIGHT}
        tick={axisTick}
        tickFormatter={(value: number) => formatPercent(value)}
        stroke={gridStroke}
        domain={[0, "auto"]}
        minTickGap={24}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={LABEL_WIDTH}
        tick={axisTick}
        tickFormatter={truncate}
        interval={0}
        stroke={gridStroke}
      />
      <Tooltip
        formatter={percentTooltip}
        labelFormatter={(label, payload) => fullLabelOf(payload[0]?.payload) ?? label}
        contentStyle={tooltipContentStyle}
        cursor={{ fill: "var(--muted)" }}
        isAnimationActive={false}
      />
      {metric !== "tokens" && (
        <Bar dataKey="usage" name="Usage share" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.key} fill={row.colour} />
          ))}
          {hasNotes && <LabelList dataKey="usageNote" position="right" style={noteStyle} />}
        </Bar>
      )}
      {metric !== "usage" && (
        <Bar dataKey="tokens" name="Token share" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.key} fill={row.colour} fillOpacity={0.35} stroke={row.colour} />
          ))}
          {hasNotes && <LabelList dataKey="tokensNote" position="right" style={noteStyle} />}
        </Bar>
      )}
    </BarChart>
  );
}

function fullLabelOf(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null || !("fullLabel" in row)) return undefined;
  return typeof row.fullLabel === "string" ? row.fullLabel : undefined;
}

function truncate(text: string): string {
  return text.length > LABEL_CHARACTERS ? `${text.slice(0, LABEL_CHARACTERS - 1)}…` : text;
}
