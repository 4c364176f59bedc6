import { MacroBadge } from "@/components/ui/macro-badge";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { formatPercent, formatRatio } from "@/lib/format";
import { macroColours } from "@/lib/derive/macro-categories";
import type { TermKey } from "@/lib/glossary/terms";
import type { MacroCategory } from "@/lib/model";

const COLUMNS = [
  { label: "Requests", term: "usageShare" },
  { label: "Tokens", term: "tokenShare" },
  { label: "Intensity", term: "tokenIntensity" },
  { label: "Tasks", term: "macroTaskCount" },
] as const satisfies { label: string; term: TermKey }[];

/** The numbers both donuts are drawn from, as a server-rendered table. */
export function MacroTable({
  id,
  macroCategories,
}: {
  id: string;
  macroCategories: MacroCategory[];
}) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  // Narrow cells on a phone, so all five columns fit a 360 px screen whole.
  return (
    <Table
      id={id}
      data-testid="macro-table"
      terms={["macroCategory", ...COLUMNS.map((column) => column.term)]}
      caption="Share of classified requests and tokens for each macro-category"
      header={
        <tr>
          <TableHead size="narrow" term="macroCategory" table={id} />
          {COLUMNS.map((column) => (
            <TableHead key={column.label} size="narrow" numeric term={column.term} table={id}>
              {column.label}
            </TableHead>
          ))}
        </tr>
      }
    >
      {macroCategories.map((macro) => {
        const intensity = macro.usageShare > 0 ? macro.tokenShare / macro.usageShare : null;
        const cells = [
          formatPercent(macro.usageShare),
          formatPercent(macro.tokenShare),
          formatRatio(intensity),
          macro.tagCount,
        ];
        return (
          <TableRow key={macro.key} data-macro={macro.key}>
            <TableRowHeader size="narrow" strong>
              <MacroBadge label={macro.label} colour={colourOf(macro.key)} />
            </TableRowHeader>
            {cells.map((cell, index) => (
              <TableCell key={COLUMNS[index]?.label} size="narrow" numeric>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        );
      })}
    </Table>
  );
}
