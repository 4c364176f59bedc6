import { exportLegend } from "@/components/charts/chart-config";
import { chartExport } from "@/lib/export/chart-export";
import { providerScopeRows } from "@/lib/export/rows";
import { formatWindow } from "@/lib/format";
import type { ProviderSplit } from "@/lib/derive/model-usage";
import {
  OTHER_MODELS_LABEL,
  stackValues,
  type ProviderPalette,
} from "@/lib/derive/provider-series";
import { SHARE_FIELDS, type ShareMetric } from "@/lib/derive/share-metric";
import type { DataSource, TaskDay } from "@/lib/model";

/** A part of the traffic split by provider: all tasks, a macro-category or one task. */
export type ProviderScope = { key: string; label: string; split: ProviderSplit };

type ScopeChartOptions = {
  scopes: ProviderScope[];
  metric: ShareMetric;
  palette: ProviderPalette;
  snapshot: TaskDay;
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
  /** The file name's "what", e.g. "requests-by-provider". */
  what: string;
  title: string;
  /** The scope of the view; the window is added. */
  subtitle: string;
};

/** One bar per scope, stacked by provider, and the export of the same rows. */
export function scopeChart({
  scopes,
  metric,
  palette,
  snapshot,
  permalink,
  source,
  ...words
}: ScopeChartOptions) {
  const rows = scopes.map((scope) => ({
    key: scope.key,
    label: scope.label,
    values: stackValues(scope.split, metric, palette),
  }));
  const exported = chartExport({
    what: [words.what],
    title: words.title,
    subtitle: `${words.subtitle} · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: exportLegend(palette.series),
    permalink,
    source,
    view: { metric: SHARE_FIELDS[metric] },
    ...providerScopeRows(scopes, metric, OTHER_MODELS_LABEL),
  });
  return { rows, exported };
}
