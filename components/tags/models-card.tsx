import { ChartFigure } from "@/components/charts/chart-figure";
import { PairedBarChart, type PairedBarRow } from "@/components/charts/paired-bar-chart";
import { pairedBarChartHeight } from "@/components/charts/paired-bar-layout";
import { PairedBarLegend } from "@/components/charts/paired-bar-legend";
import { changeText } from "@/components/history/delta-text";
import { DroppedNote } from "@/components/history/dropped-note";
import { Card } from "@/components/ui/card";
import type { Changes } from "@/lib/history/changes";
import { macroColours } from "@/lib/macro-categories";
import { chartModelName } from "@/lib/models";
import type { MacroCategory, TagShare } from "@/lib/openrouter/types";

import { ModelTable } from "./model-table";

const OTHER_MODELS_LABEL = "Other models";

/** The tag's top models (within-tag shares) as a chart and the table it is drawn from. */
export function ModelsCard({
  tag,
  macroCategories,
  changes,
}: {
  tag: TagShare;
  macroCategories: MacroCategory[];
  /** Within-tag changes of the models since the comparison snapshot. */
  changes: Changes | undefined;
}) {
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

  const colour = macroColours(macroCategories.map((macro) => macro.key))(tag.macroCategory);
  const rows: PairedBarRow[] = tag.models.map((model) => ({
    key: model.id,
    label: chartModelName(model.id),
    fullLabel: model.id,
    usage: model.usageShare,
    tokens: model.tokenShare,
    colour,
    usageNote: changes && changeText(changes.byKey.get(model.id), "usage"),
    tokensNote: changes && changeText(changes.byKey.get(model.id), "tokens"),
  }));
  if (tag.otherModels) {
    rows.push({
      key: "other-models",
      label: OTHER_MODELS_LABEL,
      usage: tag.otherModels.usageShare,
      tokens: tag.otherModels.tokenShare,
      colour: "var(--chart-extra-3)",
    });
  }
  const label = `Bar chart of the within-task usage and token share of the top ${tag.models.length} models for ${tag.displayName}. The table below lists the same numbers.`;

  return (
    <Card title="Top models" description={description} titleId="models-title">
      <div className="flex flex-col gap-5">
        <PairedBarLegend />
        <ChartFigure
          label={label}
          height={pairedBarChartHeight(rows.length)}
          tableId="model-table"
          testId="model-bars"
        >
          <PairedBarChart rows={rows} label={label} />
        </ChartFigure>
        <ModelTable
          id="model-table"
          tag={tag}
          otherModelsLabel={OTHER_MODELS_LABEL}
          changes={changes}
        />
        {dropped}
      </div>
    </Card>
  );
}
