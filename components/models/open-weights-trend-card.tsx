import { markersWithin } from "@/components/charts/release-markers-note";
import type { TrendMarker } from "@/components/charts/trend-line-chart";
import { ChartExportMenu } from "@/components/export/chart-export-menu";
import { windowSentences } from "@/components/history/history-window";
import { NoHistoryCard } from "@/components/history/no-history-note";
import { shareTrendLegend, ShareTrendFigure } from "@/components/history/share-trend-figure";
import { Card } from "@/components/ui/card";
import { LowerBound } from "@/components/ui/lower-bound";
import { storedPoints, type SharePoint } from "@/lib/derive/series";
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
  olderDays,
  markers,
  permalink,
  source,
}: {
  series: SharePoint[];
  /** Stored days before the series' window. */
  olderDays: number;
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
      <NoHistoryCard
        title={title}
        titleId="open-weights-trend-title"
        firstDate={first}
        then="The open-weight share's trend appears here once a second day is stored."
      />
    );
  }
  const shown = markersWithin(markers, first, last);
  const description = [
    `Estimated share of classified requests and tokens served by open-weight models, ${first} to ${last}, ${stored.length} stored days`,
    ...windowSentences(olderDays),
    "lower bounds; dots on top mark models added to OpenRouter",
  ].join("; ");
  const exported = chartExport({
    what: ["open-weights-trend"],
    title,
    subtitle: description,
    asOf: last,
    legend: shareTrendLegend(shown),
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
      <ShareTrendFigure
        id="open-weights-trend-chart"
        tableId="open-weights-trend-table"
        testId="open-weights-trend"
        label={`Line chart of the estimated open-weight share of classified requests and tokens per day, ${first} to ${last}. The table below lists the same numbers.`}
        height={TREND_HEIGHT}
        series={series}
        markers={shown}
        caption="Estimated open-weight share of classified requests and tokens for each stored day (lower bounds)"
        columns={{
          usage: { term: "openWeightShare", label: "Requests" },
          tokens: { term: "openWeightShare", label: "Tokens" },
        }}
        figure={(share) => <LowerBound value={share} inTable />}
      />
    </Card>
  );
}
