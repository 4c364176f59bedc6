import { formatPercent } from "@/lib/format";
import { storedPoints, type SharePoint } from "@/lib/derive/series";

// A tag's usage share over the stored days, drawn on the server as plain SVG: thirty of these
// in a table would be thirty chart islands to hydrate, and a static path shows without
// JavaScript. Days with no snapshot break the line; a stored day between two gaps is a dot.

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 2;

export function Sparkline({ series, name }: { series: SharePoint[]; name: string }) {
  const stored = storedPoints(series);
  const first = stored[0];
  const last = stored.at(-1);
  if (!first || !last || series.length < 2) return null;

  const values = stored.map((point) => point.usage ?? 0);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (index: number) => PAD + (index / (series.length - 1)) * (WIDTH - 2 * PAD);
  const y = (value: number) =>
    high === low ? HEIGHT / 2 : PAD + ((high - value) / (high - low)) * (HEIGHT - 2 * PAD);

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
      aria-label={`${name}: usage share ${formatPercent(first.usage ?? 0)} on ${first.date}, ${formatPercent(last.usage ?? 0)} on ${last.date}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      className="overflow-visible text-foreground/70"
      data-testid="sparkline"
    >
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
