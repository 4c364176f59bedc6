import { EstimateInfo, LowerBound } from "@/components/ui/lower-bound";
import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { formatPercent } from "@/lib/format";
import type { ModelUsageIndex, ProviderSplit, Shares } from "@/lib/derive/model-usage";
import type { DataSource, TaskDay } from "@/lib/model";
import { OTHER_MODELS_LABEL, type ProviderPalette } from "@/lib/derive/provider-series";
import { SHARE_METRIC_NOUNS, shareOf, type ShareMetric } from "@/lib/derive/share-metric";

import { ProviderChartCard } from "./provider-chart-card";
import { ProviderName } from "./provider-name";
import { scopeChart, type ProviderScope } from "./scope-chart";

type ProviderTotalsCardProps = {
  usage: ModelUsageIndex;
  snapshot: TaskDay;
  palette: ProviderPalette;
  metric: ShareMetric;
  /** The view this card is part of, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
};

/** Providers' estimated shares of all traffic and of each macro-category's traffic. */
export function ProviderTotalsCard({
  usage,
  snapshot,
  palette,
  metric,
  permalink,
  source,
}: ProviderTotalsCardProps) {
  const { macroCategories } = snapshot;
  const noun = SHARE_METRIC_NOUNS[metric];
  const share = (item: Shares) => shareOf(item, metric);
  const scopes: ProviderScope[] = [
    { key: "all", label: "All tasks", split: usage.overall },
    ...macroCategories.map((macro) => ({
      key: macro.key,
      label: macro.label,
      split: usage.byMacroCategory.get(macro.key) ?? usage.overall,
    })),
  ];
  const providers = [...usage.providers].sort((a, b) =>
    metric === "usage" ? b.estUsageShare - a.estUsageShare : b.estTokenShare - a.estTokenShare,
  );
  const shareIn = (split: ProviderSplit, provider: string) =>
    split.providers.find((item) => item.provider === provider);
  const label = `Stacked bars of the estimated share of classified ${noun} by provider, for all tasks and for each macro-category. The table below lists the same numbers.`;
  const title = `Share of ${noun} by provider`;
  const { rows, exported } = scopeChart({
    what: `${noun}-by-provider`,
    title,
    subtitle: "All tasks, and within each macro-category; lower bounds",
    scopes,
    snapshot,
    metric,
    palette,
    permalink,
    source,
  });

  return (
    <ProviderChartCard
      name="provider-totals"
      title={title}
      titleId="provider-totals-title"
      className="relative"
      description={
        <>
          All tasks, and within each macro-category; lower bounds.{" "}
          <EstimateInfo id="provider-totals-info" />
        </>
      }
      exported={exported}
      figure={{ label, testId: "provider-totals-bars", rows, series: palette.series }}
    >
      <Table
        id="provider-totals-table"
        bleed
        className="min-w-[52rem]"
        hidesColumns
        data-testid="provider-totals-table"
        terms={["provider", "providerModels", "providerTasks", "providerShare"]}
        caption={
          <>
            Each provider&rsquo;s estimated share of classified {noun}, overall and within each
            macro-category (lower bounds)
          </>
        }
        header={
          <tr>
            <TableHead sticky term="provider" table="provider-totals-table" />
            <TableHead secondary numeric term="providerModels" table="provider-totals-table" />
            <TableHead secondary numeric term="providerTasks" table="provider-totals-table" />
            {scopes.map((scope) => (
              <TableHead
                key={scope.key}
                // On a phone: each provider's overall share, the column the table is sorted by.
                secondary={scope.key !== "all"}
                numeric
                term="providerShare"
                table="provider-totals-table"
                detail={
                  scope.key === "all"
                    ? `Here: of all classified ${noun}.`
                    : `Here: of ${scope.label}'s classified ${noun}.`
                }
              >
                {scope.key === "all" ? "Overall" : `In ${scope.label}`}
              </TableHead>
            ))}
          </tr>
        }
      >
        {providers.map((provider) => (
          <TableRow key={provider.provider} hover data-provider={provider.provider}>
            <TableRowHeader sticky className="max-w-48">
              <ProviderName
                provider={provider.provider}
                colour={palette.seriesOf(provider.provider).colour}
              />
            </TableRowHeader>
            <TableCell secondary numeric>
              {provider.models.length}
            </TableCell>
            <TableCell secondary numeric>
              {provider.tagCount}
            </TableCell>
            {scopes.map((scope) => {
              const item = shareIn(scope.split, provider.provider);
              return (
                <TableCell key={scope.key} secondary={scope.key !== "all"} numeric>
                  {item ? <LowerBound value={share(item)} inTable /> : "–"}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
        <TableRow className="text-muted-foreground italic" data-provider="other-models">
          <TableRowHeader sticky className="whitespace-nowrap max-sm:whitespace-normal">
            {OTHER_MODELS_LABEL} <span className="not-italic">(not in a top list)</span>
          </TableRowHeader>
          <TableCell secondary />
          <TableCell secondary />
          {scopes.map((scope) => (
            <TableCell key={scope.key} secondary={scope.key !== "all"} numeric>
              {formatPercent(share(scope.split.otherModels))}
            </TableCell>
          ))}
        </TableRow>
      </Table>
    </ProviderChartCard>
  );
}
