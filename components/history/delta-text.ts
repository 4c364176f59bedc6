import { formatPoints, pointsDirection } from "@/lib/format";
import type { ShareChange } from "@/lib/derive/changes";
import type { ShareMetric } from "@/lib/derive/share-metric";

const ARROWS = { up: "▲", down: "▼" } as const;

/**
 * A change as chart text: "▲ +0.6 pp", "▼ -1.2 pp" or "new"; nothing when it rounds to zero,
 * so a bar chart labels only what moved (the table beside it lists every change).
 */
export function changeText(change: ShareChange | undefined, metric: ShareMetric): string {
  if (!change) return "";
  if (change.kind === "new") return "new";
  const delta = change[metric];
  const direction = pointsDirection(delta);
  return direction === "flat" ? "" : `${ARROWS[direction]} ${formatPoints(delta)}`;
}

/** The arrow for a change, or "" when it rounds to zero. */
export function changeArrow(delta: number): string {
  const direction = pointsDirection(delta);
  return direction === "flat" ? "" : ARROWS[direction];
}
