import { PairedBarFigure } from "@/components/charts/paired-bar-figure";
import type { PairedBarRow } from "@/components/charts/paired-bar-chart";
import { barStyleLegend } from "@/components/charts/paired-bar-legend";
import { ChartActions } from "@/components/export/chart-actions";
import { dataPath } from "@/lib/export/snippets";
import { Card } from "@/components/ui/card";
import { chartExport } from "@/lib/export/chart-export";
import { modelMixRows } from "@/lib/export/rows";
import { formatWindow } from "@/lib/format";
import { macroColours } from "@/lib/derive/macro-categories";
import type { DataSource, TaskDay } from "@/lib/model";
import type { ModelUsage } from "@/lib/derive/model-usage";
import { modelHref } from "@/lib/derive/models";
import { viewHref } from "@/lib/url-state/view-params";

import { ModelTagsTable } from "./model-tags-table";

/** Where the model's counted traffic comes from, as bars and the table they are drawn from. */
export function ModelMixCard({
  model,
  snapshot,
  source,
}: {
  model: ModelUsage;
  snapshot: TaskDay;
  source: DataSource;
}) {
  const { macroCategories } = snapshot;
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  const labels = new Map(macroCategories.map((macro) => [macro.key, macro.label]));
  const rows: PairedBarRow[] = model.tags.map((item) => ({
    key: `${item.tag}#${item.rank}`,
    label: item.displayName,
    fullLabel: item.displayName,
    usage: item.usageMix ?? 0,
    tokens: item.tokenMix ?? 0,
    colour: colourOf(item.macroCategory),
  }));
  const label = `Bar chart of the task mix of ${model.id}: each task's share of its counted requests and tokens, ${rows.length} tasks. The table below lists the same numbers.`;

  const description =
    "Each task's share of the model's counted requests and tokens, largest first; the table adds its rank and shares within each task";
  const exported = chartExport({
    what: ["task-mix", model.id],
    title: `Task mix: ${model.id}`,
    subtitle: `Each task's share of the model's counted requests and tokens (lower bounds) · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: barStyleLegend("both"),
    permalink: viewHref(modelHref(model.id), { asOf: snapshot.asOf }),
    source,
    view: { model: model.id },
    ...modelMixRows(model),
  });

  return (
    <Card
      title="Task mix"
      titleId="mix-title"
      description={description}
      actions={
        <ChartActions
          figureId="mix-chart"
          chart={exported}
          data={{
            path: dataPath(`/api${modelHref(model.id)}`, { as_of: snapshot.asOf }),
            records: ["model", "tags"],
          }}
        />
      }
    >
      <div className="flex flex-col gap-5">
        <PairedBarFigure
          id="mix-chart"
          label={label}
          tableId="model-tags-table"
          testId="mix-bars"
          rows={rows}
          metric="both"
        />
        <ModelTagsTable
          id="model-tags-table"
          model={model}
          macroLabel={(key) => labels.get(key) ?? key}
          macroColour={colourOf}
        />
      </div>
    </Card>
  );
}
