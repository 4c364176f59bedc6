import { ChartFigure } from "@/components/charts/chart-figure";
import { exportLegend } from "@/components/charts/chart-config";
import { DailyStackChart } from "@/components/charts/daily-stack-chart";
import { ChartActions } from "@/components/export/chart-actions";
import { dataPath } from "@/lib/export/snippets";
import { Card } from "@/components/ui/card";
import { TableHead } from "@/components/ui/table";
import { Swatch } from "@/components/ui/swatch";
import { chartExport } from "@/lib/export/chart-export";
import { macroTrendRows } from "@/lib/export/rows";
import { formatCountOf, formatPercent } from "@/lib/format";
import { spannedDays, type MacroSeries } from "@/lib/derive/series";
import { macroColours } from "@/lib/derive/macro-categories";
import { SHARE_FIELDS } from "@/lib/derive/share-metric";

import { DailyNumbers } from "./daily-numbers";
import { gapSentences } from "./gap-sentences";
import { windowSentences } from "./history-window";
import { NoHistoryCard } from "./no-history-note";
import type { DataSource } from "@/lib/model";
import { ServerMarkup } from "@/components/ui/server-markup";

const COLUMNS_HEIGHT = 220;

const METRICS = [
  { key: "usage", title: "Requests" },
  { key: "tokens", title: "Tokens" },
] as const;

/** Macro-category shares per stored day, stacked, with the table they are drawn from. */
export function MacroTrendCard({
  series,
  olderDays,
  permalink,
  source,
}: {
  series: MacroSeries;
  /** Stored days before the series' window. */
  olderDays: number;
  /** The view this card is part of, pinned to its date, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
}) {
  const stored = series.points.filter((point) => point.usage.some((value) => value !== null));
  const first = stored[0]?.date ?? "";
  const last = stored.at(-1)?.date ?? "";
  const title = "Macro-categories over time";
  if (stored.length < 2) {
    return (
      <NoHistoryCard
        title={title}
        titleId="macro-trend-title"
        firstDate={first}
        then="Trends over time appear here once a second day is stored."
      />
    );
  }

  const colourOf = macroColours(series.keys.map((item) => item.key));
  const stackedSeries = series.keys.map((item) => ({ ...item, colour: colourOf(item.key) }));
  // Counted over the calendar, not the points: a collapsed gap stands for many days.
  const gaps = spannedDays(series.points) - stored.length;
  const longGaps = gapSentences(series.points);
  const description = [
    `Share of classified requests and tokens, ${first} to ${last}`,
    `${stored.length} stored days`,
    ...windowSentences(olderDays),
    ...(gaps > 0 ? [`${formatCountOf(gaps, "day")} not stored, left as gaps`] : []),
    ...longGaps,
  ].join(" · ");
  const exported = (metric: (typeof METRICS)[number]) =>
    chartExport({
      what: [`${metric.key}-by-category-over-time`],
      title: `${metric.title} by macro-category over time`,
      subtitle: description,
      asOf: last,
      legend: exportLegend(stackedSeries),
      permalink,
      source,
      view: { metric: SHARE_FIELDS[metric.key] },
      ...macroTrendRows(series, metric.key),
    });

  return (
    <Card title={title} titleId="macro-trend-title" description={description}>
      <div className="flex flex-col gap-4">
        <ServerMarkup>
          <ul
            className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
            aria-label="Macro-category colours"
          >
            {stackedSeries.map((item) => (
              <li key={item.key} className="flex items-center gap-1.5">
                <Swatch colour={item.colour} />
                {item.label}
              </li>
            ))}
          </ul>
        </ServerMarkup>
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          {METRICS.map((metric) => {
            const figureId = `macro-trend-${metric.key}-chart`;
            const label = [
              `Stacked column chart of each macro-category's share of classified ${metric.title.toLowerCase()} per day, ${first} to ${last}.`,
              ...longGaps.map((sentence) => `${sentence}.`),
              "The table below lists the same numbers.",
            ].join(" ");
            return (
              <div key={metric.key}>
                <div className="mb-2 flex items-center justify-between gap-3">
                  <h3 className="text-sm font-medium">{metric.title}</h3>
                  <ChartActions
                    figureId={figureId}
                    chart={exported(metric)}
                    data={{
                      path: dataPath("/api/history/macro-categories", {
                        as_of: last,
                        format: "csv",
                      }),
                      dates: ["as_of"],
                    }}
                  />
                </div>
                <ChartFigure
                  label={label}
                  height={COLUMNS_HEIGHT}
                  id={figureId}
                  tableId="macro-trend-table"
                  testId={`macro-trend-${metric.key}`}
                >
                  <DailyStackChart
                    series={stackedSeries}
                    points={series.points.map((point) => ({
                      date: point.date,
                      gapUntil: point.gapUntil,
                      values: point[metric.key],
                    }))}
                    height={COLUMNS_HEIGHT}
                  />
                </ChartFigure>
              </div>
            );
          })}
        </div>
        <DailyNumbers
          id="macro-trend-table"
          caption="Share of requests and tokens by macro-category for each stored day"
          terms={["macroCategory", "usageShare", "tokenShare"]}
          columns={series.keys.map((item) => (
            <TableHead
              key={item.key}
              numeric
              term="macroCategory"
              table="macro-trend-table"
              detail={`Here: ${item.label}'s usage share / token share on each day.`}
            >
              {item.label}
              <span className="block font-normal normal-case">requests / tokens</span>
            </TableHead>
          ))}
          days={stored.map((point) => ({
            date: point.date,
            figures: series.keys.map(
              (_item, index) =>
                `${formatPercent(point.usage[index] ?? 0)} / ${formatPercent(point.tokens[index] ?? 0)}`,
            ),
          }))}
        />
      </div>
    </Card>
  );
}
