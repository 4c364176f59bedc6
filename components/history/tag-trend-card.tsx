import { markersWithin } from "@/components/charts/release-markers-note";
import type { TrendMarker } from "@/components/charts/trend-line-chart";
import { ChartActions } from "@/components/export/chart-actions";
import type { ServerDownload } from "@/components/export/chart-export-menu";
import { dataPath } from "@/lib/export/snippets";
import { Card } from "@/components/ui/card";
import { chartExport } from "@/lib/export/chart-export";
import { trendRows } from "@/lib/export/rows";
import { formatCount, formatPercent } from "@/lib/format";
import { spannedDays, storedPoints, type SharePoint } from "@/lib/derive/series";

import { gapSentences } from "./gap-sentences";
import { windowSentences } from "./history-window";
import { NoHistoryCard } from "./no-history-note";
import { shareTrendLegend, ShareTrendFigure } from "./share-trend-figure";
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
  olderDays,
  markers = [],
}: {
  tag: string;
  series: SharePoint[];
  /** Stored days before the series' window. */
  olderDays: number;
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
      <NoHistoryCard
        title={title}
        titleId="trend-title"
        firstDate={first}
        then="Its trend appears here once a second day is stored."
      />
    );
  }
  const shown = markersWithin(markers, first, last);
  // Counted over the calendar, not the points: a collapsed gap stands for many days.
  const gaps = spannedDays(series) - stored.length;
  const longGaps = gapSentences(series);
  const description = [
    `Share of classified requests and tokens, ${first} to ${last}`,
    `${stored.length} stored days`,
    ...windowSentences(olderDays),
    ...(gaps > 0 ? ["gaps are days with no snapshot for this task"] : []),
    ...longGaps,
  ].join(" · ");
  const exported = chartExport({
    what: ["trend", tag],
    title: `${name} over time`,
    subtitle: description,
    asOf: last,
    legend: shareTrendLegend(shown),
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
      <ShareTrendFigure
        id="tag-trend-chart"
        tableId="trend-table"
        testId="tag-trend"
        label={label}
        height={TREND_HEIGHT}
        series={series}
        markers={shown}
        caption={`${name}: usage and token share for each stored day`}
        columns={{ usage: { term: "usageShare" }, tokens: { term: "tokenShare" } }}
        figure={formatPercent}
      />
    </Card>
  );
}
