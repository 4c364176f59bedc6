import { describeComparison, type Comparison } from "@/lib/derive/comparisons";

/** Says what the deltas on the page compare: "Changes in percentage points (pp) since …". */
export function ComparisonNote({ comparison }: { comparison: Comparison }) {
  return (
    <p className="-mt-4 text-sm text-muted-foreground" data-testid="comparison">
      Changes in percentage points (pp) {describeComparison(comparison)}.
    </p>
  );
}
