import { PairedBarFigure } from "@/components/charts/paired-bar-figure";
import { barStyleLegend } from "@/components/charts/paired-bar-legend";
import { ChartActions } from "@/components/export/chart-actions";
import { changeText } from "@/components/history/delta-text";
import { Card } from "@/components/ui/card";
import { chartExport } from "@/lib/export/chart-export";
import { tagRows } from "@/lib/export/rows";
import { dataPath } from "@/lib/export/snippets";
import { formatCountOf, formatWindow } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import { macroColours } from "@/lib/derive/macro-categories";
import type { DataSource, TagShare, TaskDay } from "@/lib/model";
import type { OverviewState } from "@/lib/url-state/overview-params";
import { TAG_SORT } from "@/lib/derive/tags";
import type { BarMetric } from "@/lib/url-state/view-params";

type TagBarsCardProps = {
  tags: TagShare[];
  snapshot: TaskDay;
  state: OverviewState;
  filterLabel: string | undefined;
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
  tableId: string;
  /** Changes since a comparison snapshot, drawn after each bar. */
  changes: Changes | undefined;
  controls: React.ReactNode;
  children: React.ReactNode;
};

const SHOWN: Record<BarMetric, string> = {
  both: "usage share and token share",
  usage: "usage share",
  tokens: "token share",
};

const TITLES: Record<BarMetric, { title: string; file: string }> = {
  both: { title: "Tasks: usage share vs token share", file: "usage-and-tokens-by-tag" },
  usage: { title: "Tasks by usage share", file: "usage-by-tag" },
  tokens: { title: "Tasks by token share", file: "tokens-by-tag" },
};

export function TagBarsCard({
  tags,
  snapshot,
  state,
  filterLabel,
  permalink,
  source,
  tableId,
  changes,
  controls,
  children,
}: TagBarsCardProps) {
  const { macroCategories } = snapshot;
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
  const sortLabel = TAG_SORT.labels[state.sort].toLowerCase();
  const shown = SHOWN[state.metric];
  const since = changes ? `, with each share's change since ${changes.baseAsOf}` : "";
  const label = `Bar chart of ${shown} for ${rows.length} tasks (${scope.toLowerCase()})${since}, sorted by ${sortLabel}. The table below lists the same numbers.`;
  const description = `${scope} · ${formatCountOf(rows.length, "task")} · sorted by ${sortLabel}`;
  const { title, file } = TITLES[state.metric];
  const macrosShown = macroCategories.filter((macro) =>
    tags.some((tag) => tag.macroCategory === macro.key),
  );

  const exported = chartExport({
    what: [
      file,
      ...(state.macro ? [state.macro] : []),
      ...(state.sort !== TAG_SORT.default ? [`sorted-by-${state.sort}`] : []),
    ],
    title,
    subtitle: `${description} · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: [
      ...barStyleLegend(state.metric),
      ...macrosShown.map((macro) => ({ label: macro.label, colour: colourOf(macro.key) })),
    ],
    permalink,
    source,
    view: {
      macro: state.macro ?? "all",
      sort: state.sort,
      metric: state.metric,
    },
    ...tagRows(tags, changes),
  });

  return (
    <Card
      title={title}
      titleId="tags-title"
      description={description}
      actions={
        <ChartActions
          figureId="tag-bars-chart"
          chart={exported}
          data={{
            path: dataPath("/api/classifications", { as_of: snapshot.asOf, format: "csv" }),
            dates: ["as_of"],
            filters: state.macro ? [{ column: "macro_category", value: state.macro }] : [],
          }}
        />
      }
    >
      <div className="flex flex-col gap-5">
        {controls}
        <PairedBarFigure
          id="tag-bars-chart"
          label={label}
          tableId={tableId}
          testId="tag-bars"
          rows={rows}
          metric={state.metric}
        />
        {children}
      </div>
    </Card>
  );
}
