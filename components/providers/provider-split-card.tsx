import { exportLegend } from "@/components/charts/chart-config";
import { Card } from "@/components/ui/card";
import { chartExport } from "@/lib/export/chart-export";
import { providerSplitRows } from "@/lib/export/rows";
import { formatPercent, formatWindow } from "@/lib/format";
import { providerLabel } from "@/lib/derive/models";
import type { ProviderSplit } from "@/lib/derive/model-usage";
import type { DataSource, TagShare, TaskDay } from "@/lib/model";
import {
  OTHER_MODELS_LABEL,
  seriesInUse,
  stackValues,
  type ProviderPalette,
} from "@/lib/derive/provider-series";

import { ProviderChartCard } from "./provider-chart-card";
import { ProviderSplitTable } from "./provider-split-table";

/** A tag's traffic by provider (requests and tokens) as two stacked bars and their table. */
export function ProviderSplitCard({
  tag,
  snapshot,
  split,
  palette,
  permalink,
  source,
}: {
  tag: TagShare;
  snapshot: TaskDay;
  split: ProviderSplit;
  palette: ProviderPalette;
  /** The view this card is part of, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
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
  const series = seriesInUse(
    palette,
    rows.map((row) => row.values),
    split.providers.map((item) => item.provider),
  );
  const exported = chartExport({
    what: ["providers", tag.tag],
    title: `By provider: ${tag.displayName}`,
    subtitle: `Share of this task's requests and tokens · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: exportLegend(series),
    permalink,
    source,
    view: { tag: tag.tag },
    ...providerSplitRows(split, OTHER_MODELS_LABEL),
  });

  return (
    <ProviderChartCard
      name="provider-split"
      title="By provider"
      titleId="providers-title"
      description={description}
      exported={exported}
      figure={{
        label,
        testId: "provider-split-bars",
        rows,
        series: palette.series,
        legend: series,
        labelWidth: 72,
      }}
    >
      <ProviderSplitTable
        id="provider-split-table"
        caption={`${tag.displayName}: share of this task's requests and tokens by provider`}
        split={split}
        palette={palette}
      />
    </ProviderChartCard>
  );
}
