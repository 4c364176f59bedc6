import { ChartFigure } from "@/components/charts/chart-figure";
import { exportLegend } from "@/components/charts/chart-config";
import { trendChartConfig } from "@/components/charts/trend-chart-config";
import { TrendLegend } from "@/components/charts/trend-legend";
import {
  markerLegend,
  markersWithin,
  ReleaseMarkersNote,
} from "@/components/charts/release-markers-note";
import { TrendLineChart, type TrendMarker } from "@/components/charts/trend-line-chart";
import { ChartActions } from "@/components/export/chart-actions";
import type { ServerDownload } from "@/components/export/chart-export-menu";
import { dataPath } from "@/lib/export/snippets";
import { Card } from "@/components/ui/card";
import { TableCell, TableHead } from "@/components/ui/table";
import { chartExport } from "@/lib/export/chart-export";
import { trendRows } from "@/lib/export/rows";
import { formatCount, formatPercent } from "@/lib/format";
import { spannedDays, storedPoints, type SharePoint } from "@/lib/derive/series";
import { SHARE_METRICS } from "@/lib/derive/share-metric";

import { DailyNumbers } from "./daily-numbers";
import { gapSentences } from "./gap-sentences";
import { NoHistoryNote } from "./no-history-note";
import type { DataSource } from "@/lib/model";

const TREND_HEIGHT = 260;

/** A tag's usage and token share over every stored day up to the one shown, and the table. */
export function TagTrendCard({
  tag,
  series,
  name,
  permalink,
  source,
  serverFiles,
  markers = [],
}: {
  tag: string;
  series: SharePoint[];
  name: string;
  /** The view this card is part of, pinned to its date, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
  /** The API's files of the same history, offered in the card's one download menu. */
  serverFiles: ServerDownload[];
  /** Days the task's models were added to OpenRouter: marked where they fall in the series. */
  markers?: TrendMarker[];
}) {
  const stored = storedPoints(series);
  const first = series[0]?.date ?? "";
  const last = series.at(-1)?.date ?? "";
  const title = "Over time";
  if (series.length < 2) {
    return (
      <Card title={title} titleId="trend-title">
        <NoHistoryNote
          firstDate={first}
          then="Its trend appears here once a second day is stored."
        />
      </Card>
    );
  }
  const shown = markersWithin(markers, first, last);
  // Counted over the calendar, not the points: a collapsed gap stands for many days.
  const gaps = spannedDays(series) - stored.length;
  const longGaps = gapSentences(series);
  const description = [
    `Share of classified requests and tokens, ${first} to ${last}`,
    `${stored.length} stored days`,
    ...(gaps > 0 ? ["gaps are days with no snapshot for this task"] : []),
    ...longGaps,
  ].join(" · ");
  const exported = chartExport({
    what: ["trend", tag],
    title: `${name} over time`,
    subtitle: description,
    asOf: last,
    legend: [
      ...exportLegend(SHARE_METRICS.map((key) => trendChartConfig[key])),
      ...markerLegend(shown),
    ],
    permalink,
    source,
    view: { tag },
    ...trendRows(tag, series),
  });
  const label = [
    `Line chart of ${name}'s usage share and token share per day, ${first} to ${last}${gaps > 0 ? `, with gaps on ${formatCount(gaps)} days without a stored snapshot` : ""}.`,
    ...longGaps.map((sentence) => `${sentence}.`),
    "The table below lists the same numbers.",
  ].join(" ");

  return (
    <Card
      title={title}
      titleId="trend-title"
      description={description}
      actions={
        <ChartActions
          figureId="tag-trend-chart"
          chart={exported}
          serverFiles={serverFiles}
          data={{
            path: dataPath("/api/history", { tag, as_of: last, format: "csv" }),
            dates: ["as_of"],
          }}
        />
      }
    >
      <div className="flex flex-col gap-4">
        <TrendLegend />
        <ChartFigure
          id="tag-trend-chart"
          label={label}
          height={TREND_HEIGHT}
          tableId="trend-table"
          testId="tag-trend"
        >
          <TrendLineChart points={series} height={TREND_HEIGHT} markers={shown} />
        </ChartFigure>
        <ReleaseMarkersNote markers={shown} />
        <DailyNumbers
          id="trend-table"
          testId="trend-table"
          terms={["usageShare", "tokenShare"]}
          caption={`${name}: usage and token share for each stored day`}
          columns={
            <>
              <TableHead numeric term="usageShare" table="trend-table" />
              <TableHead numeric term="tokenShare" table="trend-table" />
            </>
          }
          days={stored.map((point) => ({
            date: point.date,
            cells: (
              <>
                <TableCell size="short" numeric>
                  {formatPercent(point.usage ?? 0)}
                </TableCell>
                <TableCell size="short" numeric>
                  {formatPercent(point.tokens ?? 0)}
                </TableCell>
              </>
            ),
          }))}
        />
      </div>
    </Card>
  );
}
