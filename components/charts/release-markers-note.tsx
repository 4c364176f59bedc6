import type { LegendEntry } from "@/lib/export/chart-export";

import type { TrendMarker } from "./svg/release-marker";

export const MARKER_KEY = "Added to OpenRouter (release day)";

/** The key of the release-day rules in an exported picture's legend, when any are drawn. */
export function markerLegend(markers: readonly TrendMarker[]): LegendEntry[] {
  return markers.length > 0
    ? [{ label: MARKER_KEY, colour: "var(--muted-foreground)", swatch: "marker" }]
    : [];
}

/** The release days a chart over time marks, as text: the dots' meaning without hovering. */
export function ReleaseMarkersNote({ markers }: { markers: TrendMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <p className="text-sm text-muted-foreground" data-testid="release-markers">
      Added to OpenRouter in this range:{" "}
      {markers.map((marker, index) => (
        <span key={`${marker.date}:${marker.label}`}>
          {index > 0 && "; "}
          {marker.label} ({marker.date})
        </span>
      ))}
      .
    </p>
  );
}

/** The markers that fall within a series' first and last day. */
export function markersWithin(
  markers: readonly TrendMarker[],
  first: string,
  last: string,
): TrendMarker[] {
  return markers.filter((marker) => marker.date >= first && marker.date <= last);
}
