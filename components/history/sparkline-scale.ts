import { storedPoints, type SharePoint } from "@/lib/derive/series";

// One vertical scale for a whole column of sparklines, from 0 to the highest share any row
// reaches. Scaling each line to its own range would draw a 3% task moving 0.2 pp as a cliff and
// a 0.1% task as a staircase; on one scale the lines' heights and slopes compare across rows.

export const SPARKLINE_WIDTH = 96;
export const SPARKLINE_HEIGHT = 24;
const PAD = 2;

/** The usage-share range every sparkline in a column is drawn on. */
export type SparklineScale = { low: number; high: number };

/** The shared scale of a column: 0 to the highest stored usage share among its series. */
export function sharedSparklineScale(seriesList: Iterable<SharePoint[]>): SparklineScale {
  let high = 0;
  for (const series of seriesList) {
    for (const point of storedPoints(series)) high = Math.max(high, point.usage ?? 0);
  }
  return { low: 0, high };
}

/** x of the point at `index` in a series of `count` points (first and last at the padding). */
export function sparklineX(index: number, count: number): number {
  return count < 2
    ? SPARKLINE_WIDTH / 2
    : PAD + (index / (count - 1)) * (SPARKLINE_WIDTH - 2 * PAD);
}

/** y of a share on the column's scale: `high` at the top padding, `low` at the bottom. */
export function sparklineY(value: number, { low, high }: SparklineScale): number {
  if (high <= low) return SPARKLINE_HEIGHT - PAD;
  const clamped = Math.min(high, Math.max(low, value));
  return PAD + ((high - clamped) / (high - low)) * (SPARKLINE_HEIGHT - 2 * PAD);
}
