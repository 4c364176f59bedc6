import { formatPercent } from "@/lib/format";
import type { DroppedShare } from "@/lib/derive/changes";

/** Items the comparison snapshot listed that the shown one no longer does, with their old shares. */
export function DroppedNote({
  dropped,
  baseAsOf,
  noun,
}: {
  dropped: DroppedShare[];
  baseAsOf: string;
  noun: string;
}) {
  if (dropped.length === 0) return null;
  return (
    <div className="text-sm text-muted-foreground" data-testid="dropped">
      <p className="font-medium text-foreground">
        No longer listed since {baseAsOf} ({dropped.length} {noun}
        {dropped.length === 1 ? "" : "s"}):
      </p>
      <ul className="mt-1 flex flex-col gap-0.5">
        {dropped.map((item) => (
          <li key={item.key} className="break-words">
            <span className="text-foreground">{item.label}</span>, then{" "}
            <span className="tabular-nums">{formatPercent(item.usageShare)}</span> of requests and{" "}
            <span className="tabular-nums">{formatPercent(item.tokenShare)}</span> of tokens
          </li>
        ))}
      </ul>
    </div>
  );
}
