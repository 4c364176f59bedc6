import { TableCell, TableHead } from "@/components/ui/table";
import type { ShareChange } from "@/lib/derive/changes";
import type { ShareMetric } from "@/lib/derive/share-metric";

import { ShareDelta } from "./share-delta";

const HEADINGS: Record<ShareMetric, string> = { usage: "Usage", tokens: "Tokens" };

/** The header of a change column, which follows the column of the share it changes. */
export function ChangeHeader({
  metric,
  baseAsOf,
  of,
}: {
  metric: ShareMetric;
  baseAsOf: string;
  /** What changed, when the column beside it does not make it plain ("usage share"). */
  of?: string;
}) {
  return (
    <TableHead numeric>
      <abbr
        title={`Change${of ? ` in ${of}` : ""} since ${baseAsOf}, in percentage points`}
        className="no-underline"
      >
        Δ {HEADINGS[metric]}
      </abbr>
    </TableHead>
  );
}

/** A share's change since the comparison snapshot, in percentage points. */
export function ChangeCell({
  change,
  metric,
}: {
  change: ShareChange | undefined;
  metric: ShareMetric;
}) {
  return (
    <TableCell numeric className="text-xs" data-change={metric}>
      <ShareDelta change={change} metric={metric} />
    </TableCell>
  );
}
