import { donutArcs, sectorPath } from "@/components/charts/svg/chart-scale";
import { formatPercent } from "@/lib/format";

import type { ChartSeries } from "./chart-config";

import { ChartInteraction } from "./interaction/chart-interaction";

export type DonutSlice = ChartSeries & { value: number };

// Radii in a 200 × 200 box centred on 0: the ring fills the reserved height and scales with
// it. The interactive layer takes the same radii as percentages of half the box.
const OUTER_RADIUS = 95;
const INNER_RADIUS = 57;
const PAD_ANGLE = 1;

/** A donut of fractions, drawn on the server; the legend and numbers beside it are HTML. */
export function DonutChart({ slices }: { slices: DonutSlice[] }) {
  const arcs = donutArcs(
    slices.map((slice) => slice.value),
    PAD_ANGLE,
  );
  const tips = slices.map((slice) => `${slice.label}\n${formatPercent(slice.value)}`);
  const layer = {
    kind: "donut",
    innerRadius: `${INNER_RADIUS}%`,
    outerRadius: `${OUTER_RADIUS}%`,
    padAngle: PAD_ANGLE,
    slices: slices.map((slice) => ({ key: slice.key, value: slice.value })),
    tips,
  } as const;

  return (
    <ChartInteraction layer={layer}>
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
              <title>{tips[index]}</title>
            </path>
          );
        })}
      </svg>
    </ChartInteraction>
  );
}
