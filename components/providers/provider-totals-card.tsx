import { ChartFigure } from "@/components/charts/chart-figure";
import { ProviderLegend } from "@/components/charts/provider-legend";
import { ProviderStackChart } from "@/components/charts/provider-stack-chart";
import { stackChartHeight } from "@/components/charts/stack-layout";
import { ChartExportMenu } from "@/components/export/chart-export-menu";
import { Card } from "@/components/ui/card";
import { EstimateInfo, LowerBound } from "@/components/ui/lower-bound";
import { STICKY_COLUMN } from "@/components/ui/sticky-column";
import { TABLE_HEADER_ROW } from "@/components/ui/table-header";
import { chartExport } from "@/lib/export/chart-export";
import { providerScopeRows } from "@/lib/export/rows";
import { formatPercent, formatWindow } from "@/lib/format";
import type { ModelUsageIndex, ProviderSplit, Shares } from "@/lib/derive/model-usage";
import type { Snapshot } from "@/lib/openrouter/types";
import {
  OTHER_MODELS_LABEL,
  stackValues,
  type ProviderPalette,
} from "@/lib/derive/provider-series";
import {
  SHARE_FIELDS,
  SHARE_METRIC_NOUNS,
  shareOf,
  type ShareMetric,
} from "@/lib/derive/share-metric";

import { ProviderName } from "./provider-name";

type ProviderTotalsCardProps = {
  usage: ModelUsageIndex;
  snapshot: Snapshot;
  palette: ProviderPalette;
  metric: ShareMetric;
  /** The view this card is part of, drawn under exported pictures. */
  permalink: string;
};

/** Providers' estimated shares of all traffic and of each macro-category's traffic. */
export function ProviderTotalsCard({
  usage,
  snapshot,
  palette,
  metric,
  permalink,
}: ProviderTotalsCardProps) {
  const { macroCategories } = snapshot;
  const noun = SHARE_METRIC_NOUNS[metric];
  const share = (item: Shares) => shareOf(item, metric);
  const scopes: { key: string; label: string; split: ProviderSplit }[] = [
    { key: "all", label: "All tasks", split: usage.overall },
    ...macroCategories.map((macro) => ({
      key: macro.key,
      label: macro.label,
      split: usage.byMacroCategory.get(macro.key) ?? usage.overall,
    })),
  ];
  const rows = scopes.map((scope) => ({
    key: scope.key,
    label: scope.label,
    values: stackValues(scope.split, metric, palette),
  }));
  const providers = [...usage.providers].sort((a, b) =>
    metric === "usage" ? b.estUsageShare - a.estUsageShare : b.estTokenShare - a.estTokenShare,
  );
  const shareIn = (split: ProviderSplit, provider: string) =>
    split.providers.find((item) => item.provider === provider);
  const label = `Stacked bars of the estimated share of classified ${noun} by provider, for all tasks and for each macro-category. The table below lists the same numbers.`;
  const title = `Share of ${noun} by provider`;
  const exported = chartExport({
    what: [`${noun}-by-provider`],
    title,
    subtitle: `All tasks, and within each macro-category; lower bounds · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: palette.series.map((item) => ({ label: item.label, colour: item.colour })),
    permalink,
    view: { metric: SHARE_FIELDS[metric] },
    ...providerScopeRows(scopes, metric, OTHER_MODELS_LABEL),
  });

  return (
    <Card
      title={title}
      titleId="provider-totals-title"
      actions={<ChartExportMenu figureId="provider-totals-chart" chart={exported} />}
      className="relative"
      description={
        <>
          All tasks, and within each macro-category; lower bounds.{" "}
          <EstimateInfo id="provider-totals-info" />
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <ProviderLegend series={palette.series} />
        <ChartFigure
          label={label}
          height={stackChartHeight(rows.length)}
          id="provider-totals-chart"
          tableId="provider-totals-table"
          testId="provider-totals-bars"
        >
          <ProviderStackChart rows={rows} series={palette.series} />
        </ChartFigure>
        <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
          <table
            id="provider-totals-table"
            className="w-full min-w-[52rem] border-collapse text-sm tabular-nums"
            data-testid="provider-totals-table"
          >
            <caption className="sr-only">
              Each provider&rsquo;s estimated share of classified {noun}, overall and within each
              macro-category (lower bounds)
            </caption>
            <thead>
              <tr className={TABLE_HEADER_ROW}>
                <th scope="col" className={`px-2 py-2 font-medium ${STICKY_COLUMN}`}>
                  Provider
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  Models
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  Tasks
                </th>
                {scopes.map((scope) => (
                  <th key={scope.key} scope="col" className="px-2 py-2 text-right font-medium">
                    {scope.key === "all" ? "Overall" : `In ${scope.label}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr
                  key={provider.provider}
                  className="border-b border-border hover:bg-muted/60"
                  data-provider={provider.provider}
                >
                  <th
                    scope="row"
                    className={`max-w-48 px-2 py-2 text-left font-normal ${STICKY_COLUMN}`}
                  >
                    <ProviderName
                      provider={provider.provider}
                      colour={palette.seriesOf(provider.provider).colour}
                    />
                  </th>
                  <td className="px-2 py-2 text-right">{provider.models.length}</td>
                  <td className="px-2 py-2 text-right">{provider.tagCount}</td>
                  {scopes.map((scope) => {
                    const item = shareIn(scope.split, provider.provider);
                    return (
                      <td key={scope.key} className="px-2 py-2 text-right">
                        {item ? <LowerBound value={share(item)} /> : "–"}
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr className="text-muted-foreground italic" data-provider="other-models">
                <th
                  scope="row"
                  className={`px-2 py-2 text-left font-normal whitespace-nowrap max-sm:whitespace-normal ${STICKY_COLUMN}`}
                >
                  {OTHER_MODELS_LABEL} <span className="not-italic">(not in a top list)</span>
                </th>
                <td className="px-2 py-2" />
                <td className="px-2 py-2" />
                {scopes.map((scope) => (
                  <td key={scope.key} className="px-2 py-2 text-right">
                    {formatPercent(share(scope.split.otherModels))}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
