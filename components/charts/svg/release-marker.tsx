import { percent } from "./chart-scale";

/** A day to mark on a chart over time, e.g. a model's release: a dashed rule, its label on hover. */
export type TrendMarker = { date: string; label: string };

/**
 * Each marker over the slot whose days hold it (from a slot's date to `lastDayOf` it), at
 * `xOf` that slot (a fraction of the plot's width); a marker outside every slot is left out.
 */
export function ReleaseMarkers<Slot extends { date: string }>({
  markers,
  slots,
  lastDayOf,
  xOf,
  plotHeight,
}: {
  markers: readonly TrendMarker[];
  slots: readonly Slot[];
  lastDayOf: (slot: Slot) => string;
  xOf: (index: number) => number;
  plotHeight: number;
}) {
  return markers.map((marker) => {
    const index = slots.findIndex(
      (slot) => slot.date <= marker.date && marker.date <= lastDayOf(slot),
    );
    if (index < 0) return null;
    return (
      <ReleaseMarker
        key={`${marker.date}:${marker.label}`}
        marker={marker}
        x={xOf(index)}
        plotHeight={plotHeight}
      />
    );
  });
}

/** One marker's rule and dot at `x` (a fraction of the plot's width). */
function ReleaseMarker({
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
