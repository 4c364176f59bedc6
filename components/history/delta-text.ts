import { formatPoints, pointsDirection } from "@/lib/format";
import type { ShareChange } from "@/lib/history/changes";

export type ShareMetric = "usage" | "tokens";

const ARROWS = { up: "▲", down: "▼", flat: "■" } as const;

/** "▲ +0.6 pp", "▼ -1.2 pp", "■ 0.0 pp" or "new": for chart labels, where only text fits. */
export function changeText(change: ShareChange | undefined, metric: ShareMetric): string {
  if (!change) return "";
  if (change.kind === "new") return "new";
  const delta = change[metric];
  return `${ARROWS[pointsDirection(delta)]} ${formatPoints(delta)}`;
}

export function changeArrow(delta: number): string {
  return ARROWS[pointsDirection(delta)];
}
