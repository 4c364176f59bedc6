import { tenths } from "@/components/charts/svg/chart-scale";
import { formatPercent } from "@/lib/format";
import { storedPoints, type SharePoint } from "@/lib/derive/series";

import {
  SPARKLINE_HEIGHT,
  SPARKLINE_WIDTH,
  sparklineX,
  sparklineY,
  type SparklineScale,
} from "./sparkline-scale";

// A tag's usage share over the stored days, drawn on the server as plain SVG: thirty of these
// in a table would be thirty chart islands to hydrate, and a static path shows without
// JavaScript. Days with no snapshot break the line; a stored day between two gaps is a dot.
// Every line in a column is drawn on the column's one scale (sparkline-scale.ts).

export function Sparkline({
  series,
  name,
  scale,
}: {
  series: SharePoint[];
  name: string;
  /** The column's shared scale. */
  scale: SparklineScale;
}) {
  const stored = storedPoints(series);
  const first = stored[0];
  const last = stored.at(-1);
  if (!first || !last || series.length < 2) return null;

  const x = (index: number) => sparklineX(index, series.length);
  const y = (value: number) => sparklineY(value, scale);

  type Run = { index: number; value: number }[];
  const runs: Run[] = [];
  let open: Run | undefined;
  series.forEach((point, index) => {
    if (point.usage === null) {
      open = undefined;
      return;
    }
    if (!open) {
      open = [];
      runs.push(open);
    }
    open.push({ index, value: point.usage });
  });
  const lines = runs.filter((run) => run.length > 1);
  const dots = runs.filter((run) => run.length === 1).flat();
  const end = runs.at(-1)?.at(-1);

  return (
    <svg
      role="img"
      aria-label={`${name}: usage share ${formatPercent(first.usage ?? 0)} on ${first.date}, ${formatPercent(last.usage ?? 0)} on ${last.date}; drawn on the column's shared scale, ${formatPercent(scale.low)} to ${formatPercent(scale.high)}`}
      viewBox={`0 0 ${SPARKLINE_WIDTH} ${SPARKLINE_HEIGHT}`}
      width={SPARKLINE_WIDTH}
      height={SPARKLINE_HEIGHT}
      className="overflow-visible text-foreground/70"
      data-testid="sparkline"
      data-scale={`${scale.low} ${scale.high}`}
    >
      <line
        x1={0}
        x2={SPARKLINE_WIDTH}
        y1={sparklineY(scale.low, scale)}
        y2={sparklineY(scale.low, scale)}
        stroke="var(--chart-grid)"
        strokeWidth={1}
      />
      {lines.length > 0 && (
        <path
          d={lines
            .map((run) => relativeLine(run.map((point) => [x(point.index), y(point.value)])))
            .join("")}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      )}
      {dots.map((point) => (
        <circle
          key={point.index}
          cx={tenths(x(point.index))}
          cy={tenths(y(point.value))}
          r={1.5}
          fill="currentColor"
        />
      ))}
      {end && (
        <circle cx={tenths(x(end.index))} cy={tenths(y(end.value))} r={2} fill="currentColor" />
      )}
    </svg>
  );
}

/**
 * A run of points as one subpath: the first point, then each step from the one before, to a
 * tenth of a pixel, level steps in a row merged into one. Ninety days take about half the
 * markup of absolute pairs, or much less where the share holds still.
 */
function relativeLine(points: [number, number][]): string {
  const inTenths = points.map(([px, py]) => [Math.round(px * 10), Math.round(py * 10)] as const);
  const [first, ...rest] = inTenths;
  if (!first) return "";
  const steps: [number, number][] = [];
  let previous = first;
  for (const [px, py] of rest) {
    const step: [number, number] = [px - previous[0], py - previous[1]];
    const last = steps.at(-1);
    if (last && last[1] === 0 && step[1] === 0) last[0] += step[0];
    else steps.push(step);
    previous = [px, py];
  }
  const numbers = steps.flat().map(decimal);
  // A minus sign separates numbers by itself; anything else needs a space.
  const tail = numbers.map((number, index) =>
    index === 0 || number.startsWith("-") ? number : ` ${number}`,
  );
  return `M${decimal(first[0])} ${decimal(first[1])}l${tail.join("")}`;
}

/** Tenths as a short decimal: 3 → ".3", -12 → "-1.2", 20 → "2". */
function decimal(tenthsCount: number): string {
  return String(tenthsCount / 10).replace(/^(-?)0\./, "$1.");
}
