import type { Weights } from "@/lib/derive/catalogue";

export const WEIGHTS_LABELS: Record<Weights, string> = {
  open: "Open weights",
  closed: "Closed",
  unknown: "Unknown",
};

/** Whether a model's weights are published, as the catalogue says; neutral, not colour-coded. */
export function WeightsLabel({ weights }: { weights: Weights }) {
  return (
    <span
      className="inline-block rounded-full border border-border px-2 py-px text-xs font-medium whitespace-nowrap text-muted-foreground"
      data-weights={weights}
    >
      {WEIGHTS_LABELS[weights]}
    </span>
  );
}
