import { formatPoints, pointsDirection } from "@/lib/format";
import type { ShareChange } from "@/lib/derive/changes";
import type { ShareMetric } from "@/lib/derive/share-metric";

import { changeArrow } from "./delta-text";

const TONE = {
  up: "text-[var(--delta-up)]",
  down: "text-[var(--delta-down)]",
  flat: "text-muted-foreground",
} as const;

/**
 * A change in percentage points with an arrow (▲ up, ▼ down; none when it rounds to zero), so
 * the direction reads without colour; something absent from the base is marked "New". Laid out
 * by .share-delta (app/globals.css): one short class where a long table repeats it on each row.
 */
export function ShareDelta({
  change,
  metric,
}: {
  change: ShareChange | undefined;
  metric: ShareMetric;
}) {
  if (!change) return null;
  if (change.kind === "new") return <NewBadge />;
  const delta = change[metric];
  const direction = pointsDirection(delta);
  return (
    <span
      className={`share-delta ${TONE[direction]}`}
      data-direction={direction}
      data-testid="delta"
    >
      {direction !== "flat" && (
        <span aria-hidden className="text-[0.7em]">
          {changeArrow(delta)}
        </span>
      )}
      {formatPoints(delta)}
    </span>
  );
}

export function NewBadge() {
  return (
    <span
      className="rounded-full border border-border px-1.5 py-px text-xs font-semibold whitespace-nowrap"
      data-testid="delta"
      data-direction="new"
    >
      New
    </span>
  );
}
