"use client";

import type { CSSProperties } from "react";
import {
  Bar,
  BarChart,
  Cell,
  Line,
  LineChart,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { SHARE_METRICS } from "@/lib/derive/share-metric";

import type { BandLayerSpec, DonutLayerSpec, LayerSpec, LineLayerSpec } from "./layer-spec";

// Recharts charts with nothing visible but their tooltip, hover band and active dots, laid over
// the server-drawn chart with the same geometry. Only chart-interaction.tsx imports this module,
// on demand.

const FILL = { width: "100%", height: "100%" } as const;
const CURSOR = { fill: "var(--foreground)", fillOpacity: 0.06 };
const TOOLTIP_STYLE: CSSProperties = {
  background: "var(--card)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--foreground)",
  fontSize: 13,
  fontVariantNumeric: "tabular-nums",
  padding: "8px 10px",
  boxShadow: "0 4px 12px rgb(0 0 0 / 0.12)",
};

export function InteractionLayer({ spec }: { spec: LayerSpec }) {
  if (spec.kind === "bands") return <BandLayer spec={spec} />;
  if (spec.kind === "lines") return <LineLayer spec={spec} />;
  return <DonutLayer spec={spec} />;
}

function BandLayer({ spec }: { spec: BandLayerSpec }) {
  const data = spec.tips.map((tip, index) => ({ index, tip, none: 0 }));
  const rows = spec.direction === "rows";
  return (
    <BarChart
      data={data}
      layout={rows ? "vertical" : "horizontal"}
      responsive
      style={FILL}
      margin={spec.margins}
      barCategoryGap={0}
    >
      <XAxis hide {...(rows ? { type: "number", domain: [0, 1] } : { dataKey: "index" })} />
      <YAxis hide {...(rows ? { type: "category", dataKey: "index" } : { domain: [0, 1] })} />
      <Tooltip content={TipContent} cursor={CURSOR} isAnimationActive={false} />
      <Bar dataKey="none" fill="transparent" isAnimationActive={false} />
    </BarChart>
  );
}

function LineLayer({ spec }: { spec: LineLayerSpec }) {
  const data = spec.points.map((point, index) => ({ ...point, index, tip: spec.tips[index] }));
  return (
    <LineChart data={data} responsive style={FILL} margin={spec.margins}>
      <XAxis hide dataKey="index" />
      <YAxis hide domain={[0, spec.max]} allowDataOverflow />
      <Tooltip
        content={TipContent}
        cursor={{ stroke: "var(--muted-foreground)", strokeDasharray: "3 3" }}
        isAnimationActive={false}
      />
      {SHARE_METRICS.map((key) => (
        <Line
          key={key}
          dataKey={key}
          stroke="transparent"
          dot={false}
          activeDot={{ r: 4, fill: spec.colours[key], stroke: "var(--card)", strokeWidth: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

function DonutLayer({ spec }: { spec: DonutLayerSpec }) {
  const data = spec.slices.map((slice, index) => ({ ...slice, index, tip: spec.tips[index] }));
  return (
    <PieChart responsive style={FILL} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
      <Pie
        data={data}
        dataKey="value"
        innerRadius={spec.innerRadius}
        outerRadius={spec.outerRadius}
        startAngle={90}
        endAngle={-270}
        paddingAngle={spec.padAngle}
        stroke="none"
        isAnimationActive={false}
      >
        {data.map((slice) => (
          <Cell key={slice.key} fill="transparent" />
        ))}
      </Pie>
      <Tooltip content={TipContent} isAnimationActive={false} />
    </PieChart>
  );
}

/** The hovered band's tooltip: its first line as the title, then one line per value. */
function TipContent({ active, payload }: TooltipContentProps) {
  const tip = tipOf(payload[0]?.payload);
  if (!active || !tip) return null;
  const [title, ...lines] = tip.split("\n");
  return (
    <div style={TOOLTIP_STYLE} data-testid="chart-tooltip">
      <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
      {lines.map((line) => (
        <p key={line} style={{ margin: "2px 0 0" }}>
          {line}
        </p>
      ))}
    </div>
  );
}

function tipOf(datum: unknown): string | undefined {
  if (typeof datum !== "object" || datum === null || !("tip" in datum)) return undefined;
  return typeof datum.tip === "string" ? datum.tip : undefined;
}
