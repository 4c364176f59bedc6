import { LowerBound } from "@/components/ui/lower-bound";
import type { Shares } from "@/lib/derive/model-usage";
import { formatPercent } from "@/lib/format";

/** A share of requests, its share of tokens under it; "at least" when it is a lower bound. */
export function SharePair({ shares, lowerBound }: { shares: Shares; lowerBound: boolean }) {
  return (
    <>
      {lowerBound ? <LowerBound value={shares.usageShare} /> : formatPercent(shares.usageShare)}{" "}
      <span className="block text-xs text-muted-foreground">
        {lowerBound && "at least "}
        {formatPercent(shares.tokenShare)} of tokens
      </span>
    </>
  );
}
