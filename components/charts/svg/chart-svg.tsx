import { formatPercent } from "@/lib/format";
import { percent } from "@/lib/chart-scale";

// The frame every server-drawn chart shares. Charts are plain SVG rendered on the server: they
// show without JavaScript, cost nothing to load, and cannot move once painted. Widths are not
// known on the server, so horizontal positions are percentages of a nested plot <svg> whose
// width is the chart's less its margins; heights are fixed pixels (ChartFigure reserves them).

export const AXIS_TEXT = { fill: "var(--muted-foreground)", fontSize: 12 } as const;
export const GRID_STROKE = "var(--chart-grid)";

/** The root <svg>: full width, fixed height, hidden from screen readers (the figure is labelled
 *  and the numbers are in the table or legend beside it). */
export function ChartSvg({ height, children }: { height: number; children: React.ReactNode }) {
  return (
    <svg
      className="chart-surface block overflow-visible"
      width="100%"
      height={height}
      aria-hidden="true"
      fontSize={12}
    >
      {children}
    </svg>
  );
}

type PlotAreaProps = {
  left: number;
  right: number;
  top: number;
  height: number;
  children: React.ReactNode;
};

/**
 * The plotting area: a nested <svg> `left` pixels in, as wide as the chart less both margins, so
 * that `percent(fraction)` inside it is that fraction of the plot. The width is a CSS calc() in
 * the attribute (SVG 2 maps it to the width property; an inline style is ignored on a nested
 * <svg>). Exports replace it with the width it has (export-in-browser.ts).
 */
export function PlotArea({ left, right, top, height, children }: PlotAreaProps) {
  return (
    <svg
      x={left}
      y={top}
      height={height}
      overflow="visible"
      width={`calc(100% - ${left + right}px)`}
      data-plot-inset={left + right}
    >
      {children}
    </svg>
  );
}

/** Grid lines and labels of a percentage value axis running across the plot (left to right). */
export function AcrossValueAxis({
  ticks,
  labelY,
  gridTop,
  gridBottom,
}: {
  ticks: readonly number[];
  labelY: number;
  gridTop: number;
  gridBottom: number;
}) {
  const max = ticks.at(-1) ?? 1;
  return (
    <g>
      {ticks.map((tick, index) => (
        <g key={tick}>
          <line
            x1={percent(tick / max)}
            x2={percent(tick / max)}
            y1={gridTop}
            y2={gridBottom}
            stroke={GRID_STROKE}
          />
          <text
            x={percent(tick / max)}
            y={labelY}
            textAnchor="middle"
            className={index % 2 === 1 ? "chart-tick-minor" : undefined}
            {...AXIS_TEXT}
            data-tick
          >
            {formatPercent(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Grid lines of a percentage value axis running up the plot, with labels left of it. */
export function UpValueAxis({
  ticks,
  plotTop,
  plotHeight,
  labelX,
}: {
  ticks: readonly number[];
  plotTop: number;
  plotHeight: number;
  labelX: number;
}) {
  const max = ticks.at(-1) ?? 1;
  const yOf = (tick: number) => plotTop + plotHeight * (1 - tick / max);
  return (
    <g>
      {ticks.map((tick) => (
        <text
          key={tick}
          x={labelX}
          y={yOf(tick)}
          dominantBaseline="central"
          textAnchor="end"
          {...AXIS_TEXT}
          data-tick
        >
          {formatPercent(tick)}
        </text>
      ))}
    </g>
  );
}
