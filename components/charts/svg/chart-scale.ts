// Scales and shapes for the server-drawn charts: pure arithmetic, so the same numbers come out on
// the server, in the tests and in the interactive layer that sits over a chart.

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Axis ticks from 0 to a round number at or above `max`, at most `maxTicks` intervals apart:
 * 0.231 → 0, 0.05, …, 0.25. A max of 0 (nothing to draw) still gives an axis from 0 to 1.
 */
export function niceTicks(max: number, maxTicks = 5): number[] {
  if (!(max > 0)) return [0, 0.25, 0.5, 0.75, 1];
  const roughStep = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(roughStep));
  const step = magnitude * (NICE_STEPS.find((nice) => nice * magnitude >= roughStep) ?? 10);
  const count = Math.ceil(max / step - 1e-9);
  // Rounded to drop float noise (0.1 + 0.2), so labels and positions stay exact.
  return Array.from({ length: count + 1 }, (_, index) => round(index * step));
}

/** Which of `count` evenly spaced labels to draw so that at most `maxLabels` show. */
export function sparseLabelIndexes(count: number, maxLabels: number): number[] {
  if (count <= 0) return [];
  const every = Math.max(1, Math.ceil(count / maxLabels));
  const indexes = [];
  for (let index = 0; index < count; index += every) indexes.push(index);
  return indexes;
}

/** A coordinate to a tenth: enough for marks drawn small or in the stretched space, and shorter. */
export function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A fraction of a plot's width or height as an SVG percentage. */
export function percent(fraction: number): string {
  return `${round(fraction * 100)}%`;
}

export type Arc = { startAngle: number; endAngle: number };

/**
 * Donut sectors in degrees, clockwise from twelve o'clock, `padAngle` degrees between each
 * pair (the circle is shared out after the gaps, as Recharts' Pie does).
 */
export function donutArcs(values: readonly number[], padAngle: number): Arc[] {
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  const shown = values.filter((value) => value > 0).length;
  const available = 360 - (shown > 1 ? shown * padAngle : 0);
  let angle = 0;
  return values.map((value) => {
    const span = total > 0 ? (Math.max(0, value) / total) * available : 0;
    const arc = { startAngle: angle, endAngle: angle + span };
    if (span > 0) angle += span + (shown > 1 ? padAngle : 0);
    return arc;
  });
}

/** The SVG path of a ring sector centred on (0, 0). */
export function sectorPath(arc: Arc, innerRadius: number, outerRadius: number): string {
  const span = arc.endAngle - arc.startAngle;
  if (span <= 0) return "";
  // A full circle cannot be one arc command: draw it as two halves.
  if (span >= 359.999) {
    const half = { startAngle: arc.startAngle, endAngle: arc.startAngle + 180 };
    const rest = { startAngle: arc.startAngle + 180, endAngle: arc.startAngle + 360 };
    return `${sectorPath(half, innerRadius, outerRadius)} ${sectorPath(rest, innerRadius, outerRadius)}`;
  }
  const large = span > 180 ? 1 : 0;
  const [x0, y0] = pointAt(arc.startAngle, outerRadius);
  const [x1, y1] = pointAt(arc.endAngle, outerRadius);
  const [x2, y2] = pointAt(arc.endAngle, innerRadius);
  const [x3, y3] = pointAt(arc.startAngle, innerRadius);
  return [
    `M${x0} ${y0}`,
    `A${outerRadius} ${outerRadius} 0 ${large} 1 ${x1} ${y1}`,
    `L${x2} ${y2}`,
    `A${innerRadius} ${innerRadius} 0 ${large} 0 ${x3} ${y3}`,
    "Z",
  ].join(" ");
}

function pointAt(degrees: number, radius: number): [number, number] {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return [round(radius * Math.cos(radians)), round(radius * Math.sin(radians))];
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
