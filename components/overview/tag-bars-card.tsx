import { ChartFigure } from "@/components/charts/chart-figure";
import { PairedBarChart } from "@/components/charts/paired-bar-chart";
import { pairedBarChartHeight } from "@/components/charts/paired-bar-layout";
import { PairedBarLegend } from "@/components/charts/paired-bar-legend";
import { changeText } from "@/components/history/delta-text";
import { Card } from "@/components/ui/card";
import type { Changes } from "@/lib/history/changes";
import { macroColours } from "@/lib/macro-categories";
import type { MacroCategory, TagShare } from "@/lib/openrouter/types";
import { TAG_SORT_LABELS, type TagSort } from "@/lib/tags";

type TagBarsCardProps = {
  tags: TagShare[];
  macroCategories: MacroCategory[];
  sort: TagSort;
  filterLabel: string | undefined;
  tableId: string;
  /** Changes since a comparison snapshot, drawn after each bar. */
  changes: Changes | undefined;
  controls: React.ReactNode;
  children: React.ReactNode;
};

export function TagBarsCard({
  tags,
  macroCategories,
  sort,
  filterLabel,
  tableId,
  changes,
  controls,
  children,
}: TagBarsCardProps) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  const rows = tags.map((tag) => ({
    key: tag.tag,
    label: tag.displayName,
    usage: tag.usageShare,
    tokens: tag.tokenShare,
    colour: colourOf(tag.macroCategory),
    usageNote: changes && changeText(changes.byKey.get(tag.tag), "usage"),
    tokensNote: changes && changeText(changes.byKey.get(tag.tag), "tokens"),
  }));
  const scope = filterLabel ? `${filterLabel} tasks` : "All tasks";
  const since = changes ? `, with each share's change since ${changes.baseAsOf}` : "";
  const label = `Bar chart of usage share and token share for ${rows.length} tasks (${scope.toLowerCase()})${since}, sorted by ${TAG_SORT_LABELS[sort].toLowerCase()}. The table below lists the same numbers.`;

  return (
    <Card
      title="Tasks: usage share vs token share"
      titleId="tags-title"
      description={`${scope} · ${rows.length} ${rows.length === 1 ? "task" : "tasks"} · sorted by ${TAG_SORT_LABELS[sort].toLowerCase()}`}
    >
      <div className="flex flex-col gap-5">
        {controls}
        <PairedBarLegend />
        <ChartFigure
          label={label}
          height={pairedBarChartHeight(rows.length)}
          tableId={tableId}
          testId="tag-bars"
        >
          <PairedBarChart rows={rows} label={label} />
        </ChartFigure>
        {children}
      </div>
    </Card>
  );
}
