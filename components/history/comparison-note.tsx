import { describeComparison, type Comparison } from "@/lib/derive/comparisons";
import { TERMS } from "@/lib/glossary/terms";

/**
 * Says what the deltas on the page compare: "Changes in percentage points (pp) since …", and
 * why a change between nearby days is small (the seven-day windows overlap).
 */
export function ComparisonNote({ comparison }: { comparison: Comparison }) {
  return (
    <div className="-mt-4 flex flex-col gap-0.5 text-sm text-muted-foreground">
      <p data-testid="comparison">
        Changes in percentage points (pp) {describeComparison(comparison)}.
      </p>
      <p className="text-xs" data-testid="window-note">
        {TERMS.window.definition}
      </p>
    </div>
  );
}
