import { MacroBadge } from "@/components/ui/macro-badge";
import { formatPercent, formatRatio } from "@/lib/format";
import { macroColours } from "@/lib/macro-categories";
import type { MacroCategory } from "@/lib/openrouter/types";

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
          <tr className="border-b border-border text-left text-xs uppercase tracking-wide text-muted-foreground">
            <th scope="col" className="px-2 py-2 font-medium">
              Macro-category
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Requests
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tokens
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Intensity
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
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
              <th scope="row" className="px-2 py-2 text-left font-medium">
                <MacroBadge label={macro.label} colour={colourOf(macro.key)} />
              </th>
              <td className="px-2 py-2 text-right">{formatPercent(macro.usageShare)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(macro.tokenShare)}</td>
              <td className="px-2 py-2 text-right">
                {formatRatio(macro.usageShare > 0 ? macro.tokenShare / macro.usageShare : null)}
              </td>
              <td className="px-2 py-2 text-right">{macro.tagCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
