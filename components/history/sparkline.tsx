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
      {lines.map((run) => (
        <polyline
          key={run[0]?.index}
          points={run
            .map((point) => `${x(point.index).toFixed(1)},${y(point.value).toFixed(1)}`)
            .join(" ")}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
      {dots.map((point) => (
        <circle
          key={point.index}
          cx={x(point.index)}
          cy={y(point.value)}
          r={1.5}
          fill="currentColor"
        />
      ))}
      {end && <circle cx={x(end.index)} cy={y(end.value)} r={2} fill="currentColor" />}
    </svg>
  );
}
