import { exportLegend } from "@/components/charts/chart-config";
import { ChartFigure } from "@/components/charts/chart-figure";
import { markerLegend, ReleaseMarkersNote } from "@/components/charts/release-markers-note";
import { trendChartConfig } from "@/components/charts/trend-chart-config";
import { TrendLegend } from "@/components/charts/trend-legend";
import { TrendLineChart, type TrendMarker } from "@/components/charts/trend-line-chart";
import { TableHead } from "@/components/ui/table";
import { storedPoints, type SharePoint } from "@/lib/derive/series";
import { SHARE_METRICS, type ShareMetric } from "@/lib/derive/share-metric";
import type { LegendEntry } from "@/lib/export/chart-export";
import type { TermKey } from "@/lib/glossary/terms";

import { DailyNumbers } from "./daily-numbers";

type ShareTrendFigureProps = {
  /** The chart's element id; `tableId` is its table's, `testId` names the chart for tests. */
  id: string;
  tableId: string;
  testId: string;
  label: string;
  height: number;
  series: SharePoint[];
  /** Only those within the series: they are drawn and listed under the chart. */
  markers: TrendMarker[];
  caption: string;
  /** Each share's column in the table: its term, and a label when not the term's own. */
  columns: Record<ShareMetric, { term: TermKey; label?: string }>;
  /** How a stored day's share reads in the table. */
  figure: (share: number) => React.ReactNode;
};

/**
 * A share of requests and of tokens over the stored days as two lines, with the releases that
 * fall in them, and the numbers they are drawn from folded away beneath.
 */
export function ShareTrendFigure({
  id,
  tableId,
  testId,
  label,
  height,
  series,
  markers,
  caption,
  columns,
  figure,
}: ShareTrendFigureProps) {
  const terms = [...new Set(SHARE_METRICS.map((key) => columns[key].term))];
  return (
    <div className="flex flex-col gap-4">
      <TrendLegend />
      <ChartFigure id={id} label={label} height={height} tableId={tableId} testId={testId}>
        <TrendLineChart points={series} height={height} markers={markers} />
      </ChartFigure>
      <ReleaseMarkersNote markers={markers} />
      <DailyNumbers
        id={tableId}
        testId={tableId}
        terms={terms}
        caption={caption}
        columns={SHARE_METRICS.map((key) => (
          <TableHead key={key} numeric term={columns[key].term} table={tableId}>
            {columns[key].label}
          </TableHead>
        ))}
        days={storedPoints(series).map((point) => ({
          date: point.date,
          figures: SHARE_METRICS.map((key) => figure(point[key] ?? 0)),
        }))}
      />
    </div>
  );
}

/** The legend under the figure's exported picture: its two lines, then the markers it draws. */
export function shareTrendLegend(markers: TrendMarker[]): LegendEntry[] {
  return [
    ...exportLegend(SHARE_METRICS.map((key) => trendChartConfig[key])),
    ...markerLegend(markers),
  ];
}
