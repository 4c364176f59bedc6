import { TableCell, TableHead } from "@/components/ui/table";
import type { ShareChange } from "@/lib/derive/changes";
import type { ShareMetric } from "@/lib/derive/share-metric";
import type { TermKey } from "@/lib/glossary/terms";

import { ShareDelta } from "./share-delta";

const TERM = { usage: "usageChange", tokens: "tokenChange" } as const satisfies Record<
  ShareMetric,
  TermKey
>;

/** The header of a change column, which follows the column of the share it changes. */
export function ChangeHeader({
  metric,
  baseAsOf,
  table,
  secondary,
}: {
  metric: ShareMetric;
  baseAsOf: string;
  /** The id of the table, whose list of terms defines the change columns. */
  table: string;
  /** Hidden on a phone until asked for (see components/ui/table.tsx). */
  secondary?: boolean;
}) {
  return (
    <TableHead
      secondary={secondary}
      numeric
      term={TERM[metric]}
      table={table}
      detail={`Here: pp since ${baseAsOf}.`}
      className="whitespace-nowrap"
    />
  );
}

/** The terms a pair of change columns adds to a table's list of definitions. */
export const CHANGE_TERMS = [TERM.usage, TERM.tokens] as const;

/** A share's change since the comparison snapshot, in percentage points. */
export function ChangeCell({
  change,
  metric,
  secondary,
}: {
  change: ShareChange | undefined;
  metric: ShareMetric;
  secondary?: boolean;
}) {
  return (
    <TableCell secondary={secondary} numeric className="text-xs" data-change={metric}>
      <ShareDelta change={change} metric={metric} />
    </TableCell>
  );
}
