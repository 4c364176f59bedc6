import { ChartFigure } from "@/components/charts/chart-figure";
import { exportLegend } from "@/components/charts/chart-config";
import { trendChartConfig } from "@/components/charts/trend-chart-config";
import {
  markerLegend,
  markersWithin,
  ReleaseMarkersNote,
} from "@/components/charts/release-markers-note";
import { TrendLegend } from "@/components/charts/trend-legend";
import { TrendLineChart, type TrendMarker } from "@/components/charts/trend-line-chart";
import { ChartExportMenu } from "@/components/export/chart-export-menu";
import { DailyNumbers } from "@/components/history/daily-numbers";
import { NoHistoryNote } from "@/components/history/no-history-note";
import { Card } from "@/components/ui/card";
import { LowerBound } from "@/components/ui/lower-bound";
import { TableCell, TableHead } from "@/components/ui/table";
import { storedPoints, type SharePoint } from "@/lib/derive/series";
import { SHARE_METRICS } from "@/lib/derive/share-metric";
import { chartExport } from "@/lib/export/chart-export";
import { openWeightsTrendRows } from "@/lib/export/rows";
import type { DataSource } from "@/lib/model";

const TREND_HEIGHT = 240;

/**
 * The estimated open-weight share of all classified traffic on every stored day, with the days
 * listed models were added to OpenRouter marked. Each day is joined to today's catalogue.
 */
export function OpenWeightsTrendCard({
  series,
  markers,
  permalink,
  source,
}: {
  series: SharePoint[];
  /** Models added to the catalogue, by day: drawn where they fall in the series. */
  markers: TrendMarker[];
  permalink: string;
  source: DataSource;
}) {
  const stored = storedPoints(series);
  const first = series[0]?.date ?? "";
  const last = series.at(-1)?.date ?? "";
  const title = "Open weights over time";
  if (series.length < 2) {
    return (
      <Card title={title} titleId="open-weights-trend-title">
        <NoHistoryNote
          firstDate={first}
          then="The open-weight share's trend appears here once a second day is stored."
        />
      </Card>
    );
  }
  const shown = markersWithin(markers, first, last);
  const description = `Estimated share of classified requests and tokens served by open-weight models, ${first} to ${last}, ${stored.length} stored days; lower bounds; dots on top mark models added to OpenRouter`;
  const exported = chartExport({
    what: ["open-weights-trend"],
    title,
    subtitle: description,
    asOf: last,
    legend: [
      ...exportLegend(SHARE_METRICS.map((key) => trendChartConfig[key])),
      ...markerLegend(shown),
    ],
    permalink,
    source,
    view: {},
    ...openWeightsTrendRows(series),
  });

  return (
    <Card
      title={title}
      titleId="open-weights-trend-title"
      description={description}
      actions={<ChartExportMenu figureId="open-weights-trend-chart" chart={exported} />}
    >
      <div className="flex flex-col gap-4">
        <TrendLegend />
        <ChartFigure
          id="open-weights-trend-chart"
          label={`Line chart of the estimated open-weight share of classified requests and tokens per day, ${first} to ${last}. The table below lists the same numbers.`}
          height={TREND_HEIGHT}
          tableId="open-weights-trend-table"
          testId="open-weights-trend"
        >
          <TrendLineChart points={series} height={TREND_HEIGHT} markers={shown} />
        </ChartFigure>
        <ReleaseMarkersNote markers={shown} />
        <DailyNumbers
          id="open-weights-trend-table"
          testId="open-weights-trend-table"
          terms={["openWeightShare"]}
          caption="Estimated open-weight share of classified requests and tokens for each stored day (lower bounds)"
          columns={
            <>
              <TableHead numeric term="openWeightShare" table="open-weights-trend-table">
                Requests
              </TableHead>
              <TableHead numeric term="openWeightShare" table="open-weights-trend-table">
                Tokens
              </TableHead>
            </>
          }
          days={stored.map((point) => ({
            date: point.date,
            cells: (
              <>
                <TableCell size="short" numeric>
                  <LowerBound value={point.usage ?? 0} />
                </TableCell>
                <TableCell size="short" numeric>
                  <LowerBound value={point.tokens ?? 0} />
                </TableCell>
              </>
            ),
          }))}
        />
      </div>
    </Card>
  );
}
