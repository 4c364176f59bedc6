import { SortHeader } from "@/components/ui/sort-header";
import { ModelLink } from "@/components/ui/model-link";
import { Table, TableCell, TableRow, TableRowHeader } from "@/components/ui/table";
import type { TermKey } from "@/lib/glossary/terms";
import { TURN_RANGE_LABELS, type TurnRange } from "@/lib/model";
import { formatUsd, type CostRow, type CostSort } from "@/lib/derive/session-costs";
import { costsHref, type CostsState } from "@/lib/url-state/costs-params";

const TABLE_ID = "costs-table";

const TURN_TERMS: Record<TurnRange, TermKey> = {
  "1-turn": "cost1Turn",
  "2-9-turns": "cost2To9Turns",
  "10-49-turns": "cost10To49Turns",
  "50-plus-turns": "cost50PlusTurns",
};

/**
 * One row per harness and model, a column per turn range: each cell upstream's median as
 * published, a dash where none is. No total row and no averages: medians do not add up.
 */
export function CostsTable({
  rows,
  turns,
  state,
  showModel = true,
}: {
  rows: CostRow[];
  /** The turn ranges shown: all four, or the one filtered to. */
  turns: readonly TurnRange[];
  state: CostsState;
  /** False on a model's profile, where every row is that model. */
  showModel?: boolean;
}) {
  const sorting = {
    table: TABLE_ID,
    current: state.sort,
    hrefFor: (sort: CostSort) => costsHref({ ...state, sort }),
  };
  return (
    <Table
      id={TABLE_ID}
      bleed
      className="sm:min-w-[40rem]"
      data-testid="costs-table"
      terms={[
        "harness",
        ...(showModel ? (["costModel"] as const) : []),
        ...turns.map((turn) => TURN_TERMS[turn]),
      ]}
      caption={<>Median cost per session in US dollars by harness and model, {rows.length} rows</>}
      header={
        <tr>
          <SortHeader sort="harness" term="harness" sticky {...sorting} />
          {showModel && <SortHeader sort="model" term="costModel" {...sorting} />}
          {turns.map((turn) => (
            <SortHeader key={turn} sort={turn} term={TURN_TERMS[turn]} numeric {...sorting}>
              {TURN_RANGE_LABELS[turn]}
            </SortHeader>
          ))}
        </tr>
      }
    >
      {rows.map((row) => (
        <TableRow key={`${row.appSlug}\n${row.model}`} hover data-harness={row.appSlug}>
          <TableRowHeader sticky className="max-w-56 break-words max-sm:max-w-28">
            {row.appName}
            {/* On a phone the figures need the width: the slug is in the files and the filter. */}
            <span className="block font-mono text-xs font-normal text-muted-foreground max-sm:hidden">
              {row.appSlug}
            </span>
          </TableRowHeader>
          {showModel && (
            <TableCell className="max-w-64 break-words max-sm:max-w-32">
              {/* The name alone (its dated slug on hover and on the profile it links to). */}
              <ModelLink id={row.model} inline />
            </TableCell>
          )}
          {turns.map((turn) => {
            const median = row.medians[turn];
            return (
              <TableCell key={turn} numeric data-turns={turn}>
                {median === undefined ? (
                  <span className="text-muted-foreground" title="Not published">
                    –<span className="sr-only">not published</span>
                  </span>
                ) : (
                  <span title={`${median} USD, median`}>{formatUsd(median)}</span>
                )}
              </TableCell>
            );
          })}
        </TableRow>
      ))}
    </Table>
  );
}
