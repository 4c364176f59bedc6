import { formatPercent } from "@/lib/format";
import { percent } from "@/components/charts/svg/chart-scale";
import { ServerMarkup } from "@/components/ui/server-markup";

// The frame every server-drawn chart shares. Charts are plain SVG rendered on the server: they
// show without JavaScript, cost nothing to load, and cannot move once painted. Widths are not
// known on the server, so horizontal positions are percentages of the plot; heights are fixed
// pixels (ChartFigure reserves them).

export const AXIS_TEXT = { fill: "var(--muted-foreground)", fontSize: 12 } as const;
export const GRID_STROKE = "var(--chart-grid)";

/** Room beside the plot, in pixels: axis or row labels on the left, overhanging marks right. */
export type PlotInset = { left: number; right: number };

/**
 * The root <svg>, whose box is the plot: the chart's width less `inset`, as CSS margins and a
 * calc() width on the element itself (from the --plot-* properties set here; app/globals.css).
 * A percentage inside is then that fraction of the plot, in every browser (a calc() in an SVG
 * attribute is Chromium's alone), and labels are drawn at negative x, overhanging into the left
 * margin. `phoneInset`, when given, replaces `inset` under the sm breakpoint, so a phone gives
 * the bars most of its width. Hidden from screen readers: the figure is labelled and the numbers
 * are in the table or legend beside it. Exports put the margins back as a picture's own width
 * (export-in-browser.ts).
 */
export function ChartSvg({
  height,
  inset,
  phoneInset,
  children,
}: {
  height: number;
  inset: PlotInset;
  phoneInset?: PlotInset;
  children: React.ReactNode;
}) {
  const style: Record<string, string> = {
    "--plot-left": `${inset.left}px`,
    "--plot-right": `${inset.right}px`,
  };
  if (phoneInset) {
    style["--plot-left-phone"] = `${phoneInset.left}px`;
    style["--plot-right-phone"] = `${phoneInset.right}px`;
  }
  return (
    <ServerMarkup>
      <svg
        className="chart-surface block overflow-visible"
        style={style}
        height={height}
        aria-hidden="true"
        fontSize={12}
        data-plot-left={inset.left}
        data-plot-right={inset.right}
      >
        {children}
      </svg>
    </ServerMarkup>
  );
}

/**
 * A hover target across the whole chart, margins included, for the band from `y` down `height`
 * pixels; its tooltip is `tip`. Three rects, as one rect cannot be the plot's width plus pixels.
 */
export function HoverBand({
  inset,
  y,
  height,
  tip,
}: {
  inset: PlotInset;
  y: number;
  height: number;
  tip: string;
}) {
  return (
    <g className="chart-hover" fill="transparent">
      <title>{tip}</title>
      <rect x={-inset.left} y={y} width={inset.left} height={height} />
      <rect x={0} y={y} width="100%" height={height} />
      <rect x="100%" y={y} width={inset.right} height={height} />
    </g>
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

/**
 * Labels of a value axis running up the plot, left of it: percentages, unless the chart gives
 * its own (token counts) in tick order.
 */
export function UpValueAxis({
  ticks,
  plotTop,
  plotHeight,
  labelX,
  labels,
}: {
  ticks: readonly number[];
  plotTop: number;
  plotHeight: number;
  labelX: number;
  labels?: readonly string[];
}) {
  const max = ticks.at(-1) ?? 1;
  const yOf = (tick: number) => plotTop + plotHeight * (1 - tick / max);
  return (
    <g>
      {ticks.map((tick, index) => (
        <text
          key={tick}
          x={labelX}
          y={yOf(tick)}
          dominantBaseline="central"
          textAnchor="end"
          {...AXIS_TEXT}
          data-tick
        >
          {labels?.[index] ?? formatPercent(tick)}
        </text>
      ))}
    </g>
  );
}
