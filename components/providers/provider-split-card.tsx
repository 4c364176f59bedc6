import { ChartFigure } from "@/components/charts/chart-figure";
import { ProviderLegend } from "@/components/charts/provider-legend";
import { ProviderStackChart } from "@/components/charts/lazy-charts";
import { stackChartHeight } from "@/components/charts/stack-layout";
import { Card } from "@/components/ui/card";
import { formatPercent } from "@/lib/format";
import { providerLabel } from "@/lib/models";
import type { ProviderSplit } from "@/lib/model-usage";
import type { TagShare } from "@/lib/openrouter/types";
import { seriesInUse, stackValues, type ProviderPalette } from "@/lib/provider-series";

import { ProviderSplitTable } from "./provider-split-table";

/** A tag's traffic by provider (requests and tokens) as two stacked bars and their table. */
export function ProviderSplitCard({
  tag,
  split,
  palette,
}: {
  tag: TagShare;
  split: ProviderSplit;
  palette: ProviderPalette;
}) {
  const description = `Within ${tag.displayName}: each provider's listed models summed; the rest is models outside the top list`;
  if (split.providers.length === 0) {
    return (
      <Card title="By provider" description={description} titleId="providers-title">
        <p
          className="rounded-lg bg-muted px-4 py-6 text-center text-sm text-muted-foreground"
          data-testid="no-provider-split"
        >
          With no models listed, this task&rsquo;s traffic cannot be split by provider.
        </p>
      </Card>
    );
  }

  const rows = [
    { key: "usage", label: "Requests", values: stackValues(split, "usage", palette) },
    { key: "tokens", label: "Tokens", values: stackValues(split, "tokens", palette) },
  ];
  const summary = split.providers
    .map((item) => `${providerLabel(item.provider)} ${formatPercent(item.usageShare)}`)
    .join(", ");
  const label = `Stacked bars of ${tag.displayName}'s requests and tokens by provider (requests: ${summary}). The table below lists the same numbers.`;

  return (
    <Card title="By provider" description={description} titleId="providers-title">
      <div className="flex flex-col gap-4">
        <ProviderLegend
          series={seriesInUse(
            palette,
            rows.map((row) => row.values),
          )}
        />
        <ChartFigure
          label={label}
          height={stackChartHeight(rows.length)}
          id="provider-split-chart"
          tableId="provider-split-table"
          testId="provider-split-bars"
        >
          <ProviderStackChart rows={rows} series={palette.series} label={label} labelWidth={72} />
        </ChartFigure>
        <ProviderSplitTable
          id="provider-split-table"
          caption={`${tag.displayName}: share of this task's requests and tokens by provider`}
          split={split}
          palette={palette}
        />
      </div>
    </Card>
  );
}
