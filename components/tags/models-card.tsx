import { PairedBarFigure } from "@/components/charts/paired-bar-figure";
import type { PairedBarRow } from "@/components/charts/paired-bar-chart";
import { barStyleLegend } from "@/components/charts/paired-bar-legend";
import { ChartActions } from "@/components/export/chart-actions";
import { changeText } from "@/components/history/delta-text";
import { DroppedNote } from "@/components/history/dropped-note";
import { ModelTrendLinks } from "@/components/trends/model-trend-link";
import { Card } from "@/components/ui/card";
import { chartExport } from "@/lib/export/chart-export";
import { TASK_MODELS } from "@/lib/export/datasets";
import { modelRows } from "@/lib/export/rows";
import { dataPath } from "@/lib/export/snippets";
import { formatWindow } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import { macroColours } from "@/lib/derive/macro-categories";
import { modelInfoFor } from "@/lib/data";
import { displayName, shortDisplayName, type ModelCatalogue } from "@/lib/derive/catalogue";
import type { DataSource, TagShare, TaskDay } from "@/lib/model";
import type { BarMetric } from "@/lib/url-state/view-params";

import { ModelTable } from "./model-table";

const OTHER_MODELS_LABEL = "Other models";
const OTHER_MODELS_COLOUR = "var(--chart-extra-3)";

type ModelsCardProps = {
  tag: TagShare;
  snapshot: TaskDay;
  metric: BarMetric;
  /** The view this card is part of, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
  controls?: React.ReactNode;
  /** Within-tag changes of the models since the comparison snapshot. */
  changes: Changes | undefined;
  /** Names and weights for the exported rows. */
  catalogue: ModelCatalogue;
};

/** The tag's top models (within-tag shares) as a chart and the table it is drawn from. */
export function ModelsCard({
  tag,
  snapshot,
  metric,
  permalink,
  source,
  controls,
  changes,
  catalogue,
}: ModelsCardProps) {
  const dropped = changes && (
    <DroppedNote dropped={changes.dropped} baseAsOf={changes.baseAsOf} noun="model" />
  );
  const description = `Top models by request volume within ${tag.displayName}: their share of this task's requests and tokens`;
  if (tag.models.length === 0) {
    return (
      <Card title="Top models" description={description} titleId="models-title">
        <p
          className="rounded-lg bg-muted px-4 py-6 text-center text-sm text-muted-foreground"
          data-testid="no-models"
        >
          OpenRouter lists no models for this task in this window.
        </p>
        {dropped}
      </Card>
    );
  }

  const colour = macroColours(snapshot.macroCategories.map((macro) => macro.key))(
    tag.macroCategory,
  );
  const rows: PairedBarRow[] = tag.models.map((model) => {
    const info = modelInfoFor(model.id);
    return {
      key: model.id,
      label: shortDisplayName(info, model.id),
      fullLabel: info ? `${displayName(info, model.id)} (${model.id})` : model.id,
      usage: model.usageShare,
      tokens: model.tokenShare,
      colour,
      usageNote: changes && changeText(changes.byKey.get(model.id), "usage"),
      tokensNote: changes && changeText(changes.byKey.get(model.id), "tokens"),
    };
  });
  if (tag.otherModels) {
    rows.push({
      key: "other-models",
      label: OTHER_MODELS_LABEL,
      usage: tag.otherModels.usageShare,
      tokens: tag.otherModels.tokenShare,
      colour: OTHER_MODELS_COLOUR,
    });
  }
  const macroLabel =
    snapshot.macroCategories.find((macro) => macro.key === tag.macroCategory)?.label ??
    tag.macroCategory;
  // Every listed model's bar has the task's colour: say that, not "colour = macro-category".
  const colours = [
    { label: `${macroLabel}: this task's macro-category`, colour },
    ...(tag.otherModels ? [{ label: OTHER_MODELS_LABEL, colour: OTHER_MODELS_COLOUR }] : []),
  ];
  const label = `Bar chart of the within-task usage and token share of the top ${tag.models.length} models for ${tag.displayName}. The table below lists the same numbers.`;
  const exported = chartExport({
    what: ["models", tag.tag],
    title: `Top models: ${tag.displayName}`,
    subtitle: `Share of this task's requests and tokens · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: [...barStyleLegend(metric), ...colours],
    permalink,
    source,
    view: { tag: tag.tag, metric },
    ...modelRows(tag, OTHER_MODELS_LABEL, { changes, catalogue }),
  });

  return (
    <Card
      title="Top models"
      description={description}
      titleId="models-title"
      actions={
        <ChartActions
          figureId="model-bars-chart"
          chart={exported}
          data={{
            path: dataPath(TASK_MODELS.path, { as_of: snapshot.asOf, format: "csv" }),
            dates: ["as_of"],
            filters: [
              { column: "as_of", value: snapshot.asOf },
              { column: "tag", value: tag.tag },
            ],
          }}
        />
      }
    >
      <div className="flex flex-col gap-5">
        {controls}
        <PairedBarFigure
          id="model-bars-chart"
          label={label}
          tableId="model-table"
          testId="model-bars"
          rows={rows}
          metric={metric}
          colours={colours}
        />
        <ModelTable
          id="model-table"
          tag={tag}
          otherModelsLabel={OTHER_MODELS_LABEL}
          changes={changes}
        />
        <ModelTrendLinks ids={tag.models.map((model) => model.id)} />
        {dropped}
      </div>
    </Card>
  );
}
