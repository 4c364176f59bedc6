import { donutArcs, sectorPath } from "@/lib/chart-scale";
import { formatPercent } from "@/lib/format";

export type DonutSlice = { key: string; label: string; value: number; colour: string };

// Radii in a 200 × 200 box: the ring fills the reserved height and scales with it.
const OUTER_RADIUS = 95;
const INNER_RADIUS = 57;
const PAD_ANGLE = 1;

/** A donut of fractions, drawn on the server; the legend and numbers beside it are HTML. */
export function DonutChart({ slices }: { slices: DonutSlice[] }) {
  const arcs = donutArcs(
    slices.map((slice) => slice.value),
    PAD_ANGLE,
  );
  return (
    <svg
      className="chart-surface block"
      width="100%"
      height="100%"
      viewBox="-100 -100 200 200"
      aria-hidden="true"
    >
      {slices.map((slice, index) => {
        const arc = arcs[index];
        const path = arc && sectorPath(arc, INNER_RADIUS, OUTER_RADIUS);
        if (!path) return null;
        return (
          <path
            key={slice.key}
            d={path}
            fill={slice.colour}
            stroke="var(--card)"
            strokeWidth={2}
            data-slice={slice.key}
          >
            <title>{`${slice.label}: ${formatPercent(slice.value)}`}</title>
          </path>
        );
      })}
    </svg>
  );
}
