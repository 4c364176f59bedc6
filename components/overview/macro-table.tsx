import { MacroBadge } from "@/components/ui/macro-badge";
import { TABLE_HEADER_ROW } from "@/components/ui/table-header";
import { formatPercent, formatRatio } from "@/lib/format";
import { macroColours } from "@/lib/derive/macro-categories";
import type { MacroCategory } from "@/lib/openrouter/types";

// Tighter cells on a phone (and TABLE_HEADER's narrower headers), so all five columns fit a
// 360 px screen rather than leaving the last one cut off behind a sideways scroll.
const CELL = "px-1 py-2 sm:px-2";

/** The numbers both donuts are drawn from, as a server-rendered table. */
export function MacroTable({
  id,
  macroCategories,
}: {
  id: string;
  macroCategories: MacroCategory[];
}) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  return (
    <div className="overflow-x-auto">
      <table
        id={id}
        className="w-full border-collapse text-sm tabular-nums"
        data-testid="macro-table"
      >
        <caption className="sr-only">
          Share of classified requests and tokens for each macro-category
        </caption>
        <thead>
          <tr className={TABLE_HEADER_ROW}>
            <th scope="col" className={`${CELL} font-medium`}>
              Macro-category
            </th>
            <th scope="col" className={`${CELL} text-right font-medium`}>
              Requests
            </th>
            <th scope="col" className={`${CELL} text-right font-medium`}>
              Tokens
            </th>
            <th scope="col" className={`${CELL} text-right font-medium`}>
              Intensity
            </th>
            <th scope="col" className={`${CELL} text-right font-medium`}>
              Tasks
            </th>
          </tr>
        </thead>
        <tbody>
          {macroCategories.map((macro) => (
            <tr
              key={macro.key}
              className="border-b border-border last:border-0"
              data-macro={macro.key}
            >
              <th scope="row" className={`${CELL} text-left font-medium`}>
                <MacroBadge label={macro.label} colour={colourOf(macro.key)} />
              </th>
              <td className={`${CELL} text-right`}>{formatPercent(macro.usageShare)}</td>
              <td className={`${CELL} text-right`}>{formatPercent(macro.tokenShare)}</td>
              <td className={`${CELL} text-right`}>
                {formatRatio(macro.usageShare > 0 ? macro.tokenShare / macro.usageShare : null)}
              </td>
              <td className={`${CELL} text-right`}>{macro.tagCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
