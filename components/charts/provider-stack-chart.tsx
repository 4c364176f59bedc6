import { formatPercent } from "@/lib/format";

import type { ChartSeries } from "./chart-config";

import { STACK_AXIS_HEIGHT, STACK_ROW_HEIGHT } from "./stack-layout";
import { BarRowsSvg, PHONE_LABELS } from "./svg/bar-rows-svg";

export type StackRow = {
  key: string;
  /** Shown on the axis (truncated to fit) and as the tooltip title. */
  label: string;
  /** Share per series key, each in [0, 1]. */
  values: Record<string, number>;
};

export type StackSeries = ChartSeries;

type ProviderStackChartProps = {
  rows: StackRow[];
  series: StackSeries[];
  /** Room for the row labels, in pixels. */
  labelWidth?: number;
};

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Horizontal 100% bars, one per row, split into provider segments in the same order and colour
 * on every row. Height is fixed by the row count so the page reserves it.
 */
export function ProviderStackChart({ rows, series, labelWidth = 150 }: ProviderStackChartProps) {
  const bars = rows.map((row) => {
    let start = 0;
    const segments = series.flatMap((item) => {
      const value = row.values[item.key] ?? 0;
      if (value <= 0) return [];
      const segment = { key: item.key, start, value, fill: item.colour, stroke: "var(--card)" };
      start += value;
      return [segment];
    });
    // The tooltip lists only the segments a row has, largest first.
    const shares = series
      .map((item) => ({ label: item.label, value: row.values[item.key] ?? 0 }))
      .filter((share) => share.value > 0)
      .sort((a, b) => b.value - a.value);
    return {
      key: row.key,
      label: row.label,
      tip: [
        row.label,
        ...shares.map((share) => `${share.label}: ${formatPercent(share.value)}`),
      ].join("\n"),
      lanes: [{ series: "share", segments }],
    };
  });
  return (
    <BarRowsSvg
      rows={bars}
      layout={{
        rowHeight: STACK_ROW_HEIGHT,
        axisHeight: STACK_AXIS_HEIGHT,
        labelWidth,
        labelCharacters: 22,
        right: 20,
        rowGap: 5,
        laneGap: 0,
        ticks: TICKS,
        phone: {
          labelWidth: Math.min(labelWidth, PHONE_LABELS.labelWidth),
          labelCharacters: PHONE_LABELS.labelCharacters,
          right: 20,
        },
      }}
    />
  );
}
