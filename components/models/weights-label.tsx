import { WEIGHTS_LABELS, type Weights } from "@/lib/model";

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
