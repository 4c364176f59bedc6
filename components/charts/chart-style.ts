import type { CSSProperties } from "react";

import { formatPercent } from "@/lib/format";

// Shared look for Recharts tooltips, axes and grids: CSS variables, so both themes follow.

export const tooltipContentStyle: CSSProperties = {
  background: "var(--card)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--foreground)",
  fontSize: 13,
  fontVariantNumeric: "tabular-nums",
};

export const axisTick = { fill: "var(--muted-foreground)", fontSize: 12 };

export const gridStroke = "var(--chart-grid)";

export function percentTooltip(value: unknown): string {
  return typeof value === "number" ? formatPercent(value) : String(value);
}
