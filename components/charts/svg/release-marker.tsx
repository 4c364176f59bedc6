import { percent } from "./chart-scale";

/** A day to mark on a chart over time, e.g. a model's release: a dashed rule, its label on hover. */
export type TrendMarker = { date: string; label: string };

/** One marker's rule and dot at `x` (a fraction of the plot's width). */
export function ReleaseMarker({
  marker,
  x,
  plotHeight,
}: {
  marker: TrendMarker;
  x: number;
  plotHeight: number;
}) {
  return (
    <g data-marker={marker.date}>
      <line
        x1={percent(x)}
        x2={percent(x)}
        y1={0}
        y2={plotHeight}
        stroke="currentColor"
        strokeOpacity={0.45}
        strokeDasharray="2 3"
      />
      <circle cx={percent(x)} cy={3} r={3.5} fill="currentColor" fillOpacity={0.6}>
        <title>{marker.label}</title>
      </circle>
    </g>
  );
}
