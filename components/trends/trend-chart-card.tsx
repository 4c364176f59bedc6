import { ChartFigure } from "@/components/charts/chart-figure";
import {
  markerLegend,
  markersWithin,
  ReleaseMarkersNote,
} from "@/components/charts/release-markers-note";
import type { TrendMarker } from "@/components/charts/svg/release-marker";
import { exportLegend } from "@/components/charts/chart-config";
import { niceTicks } from "@/components/charts/svg/chart-scale";
import type { WrittenTips } from "@/components/charts/interaction/layer-spec";
import { StepStackChart } from "@/components/charts/step-stack-chart";
import { ChartActions } from "@/components/export/chart-actions";
import type { ExportFormat } from "@/components/export/export-file";
import { ChartExportMenu, type ServerDownload } from "@/components/export/chart-export-menu";
import { Card } from "@/components/ui/card";
import { Swatch } from "@/components/ui/swatch";
import type { DataSource } from "@/lib/model";
import { chartExport, type ChartExport } from "@/lib/export/chart-export";
import type { DataRecipe } from "@/lib/export/snippets";
import { trendRows } from "@/lib/export/trend-rows";
import { formatExactTokens, formatPercent, formatTokenTick } from "@/lib/format";
import { exactShare } from "@/lib/derive/trends/exact-share";
import { drawnValue, type TrendMeasure } from "@/lib/derive/trends/measure";
import { binPoints, type TrendPoint, type TrendTable } from "@/lib/derive/trends/trend-table";

import { pointLabel } from "./point-label";
import { trendChartSeries } from "./trend-colours";
import { TrendNumbers } from "./trend-numbers";

/** At most this many dates are drawn; longer ranges merge consecutive dates (files keep all). */
export const MAX_DRAWN_POINTS = 120;
const CHART_HEIGHT = 280;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Drawn from the page; the rows come from the server's files. */
const PICTURE_FORMATS: ExportFormat[] = ["png", "svg"];

export type TrendChart = {
  /** Base of the element ids: `${id}-chart`, `${id}-table`; the export route's chart name. */
  id: string;
  title: string;
  description: string;
  /** What the chart shows, for screen readers; the table is named after it. */
  chartLabel: string;
  table: TrendTable;
  measure: TrendMeasure;
  /** Drawn under the chart and into every exported file. */
  notes: string[];
  exported: {
    what: string[];
    asOf: string;
    source: DataSource;
    permalink: string;
    view: Record<string, string>;
    /** The chart's rows as files, every date at full precision (written on the server). */
    files: ServerDownload[];
    /** The whole range at full resolution, as the API serves it. */
    fullData: ServerDownload[];
    /** Where "Use this data" loads the rows from (none on a view with no data URL). */
    data: DataRecipe | null;
  };
  height?: number;
  /** Name the bands inside the chart: for many series whose colours alone are hard to tell apart. */
  bandLabels?: boolean;
  /** Release days to mark (a model chart's models); those outside the range are left out. */
  markers?: TrendMarker[];
};

/**
 * A chart's export: its words, legend and citation; with `rows`, the rows behind it at every
 * date (the files), without, none (the pictures, drawn from the page, need none).
 */
export function trendChartExport(chart: TrendChart, rows: boolean): ChartExport {
  const { exported } = chart;
  return chartExport({
    what: exported.what,
    title: chart.title,
    subtitle: chart.description,
    notes: chart.notes,
    asOf: exported.asOf,
    legend: [...exportLegend(trendChartSeries(chart.table)), ...markerLegend(drawnMarkers(chart))],
    permalink: exported.permalink,
    source: exported.source,
    view: exported.view,
    ...(rows ? trendRows(chart.table, chart.measure) : { columns: [], rows: [] }),
  });
}

/** A stacked trends chart over time with its legend, export menu, notes and the numbers behind it. */
export function TrendChartCard({ chart }: { chart: TrendChart }) {
  const { id, title, description, chartLabel, table, measure, notes, exported } = chart;
  const markers = drawnMarkers(chart);
  const height = chart.height ?? CHART_HEIGHT;
  const drawn = binPoints(table, MAX_DRAWN_POINTS);
  const merged = drawn.step > 1;
  const series = trendChartSeries(drawn);
  const labelled = drawn.points.map((point) => ({
    point,
    label: pointLabel(point, drawn.period, merged),
  }));
  const stacked = drawn.points.map((point) => ({
    date: point.date,
    until: point.until,
    values: drawn.series.map((_, index) => drawnValue(point, index, measure)),
    partial: !point.complete,
  }));
  const ticks =
    measure === "share"
      ? SHARE_TICKS
      : niceTicks(Math.max(0, ...drawn.points.map((point) => Number(stackedTotal(point)))));
  const tickLabels =
    measure === "share"
      ? undefined
      : ticks.map((tick) => formatTokenTick(BigInt(Math.round(tick))));
  const tips: WrittenTips = {
    labels: [...drawn.series.map((item) => item.label), "All"],
    rows: labelled.map(({ point, label }) => tipRow(point, label, drawn.series.length)),
  };
  const subtitle = [
    description,
    ...(merged ? [`each point sums ${drawn.step} consecutive ${drawn.period}s`] : []),
  ].join(" · ");
  const partialNote = drawn.points.some((point) => !point.complete)
    ? ["Faded points, marked partial in the table, count fewer days than the others."]
    : [];
  const menu = {
    figureId: `${id}-chart`,
    chart: { ...trendChartExport(chart, false), subtitle },
    formats: PICTURE_FORMATS,
    serverFiles: [...exported.files, ...exported.fullData],
  };
  return (
    <Card
      title={title}
      titleId={`${id}-title`}
      description={subtitle}
      actions={
        exported.data ? (
          <ChartActions {...menu} data={exported.data} />
        ) : (
          <ChartExportMenu {...menu} />
        )
      }
    >
      <div className="flex flex-col gap-4">
        <ul
          className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-muted-foreground"
          aria-label={`${title}: colours`}
          data-testid={`${id}-legend`}
        >
          {series.map((item) => (
            <li key={item.key} className="flex min-w-0 items-center gap-1.5">
              <Swatch colour={item.colour} outlined />
              <span className="max-w-72 truncate" title={item.label}>
                {item.label}
              </span>
            </li>
          ))}
        </ul>
        <ChartFigure
          id={`${id}-chart`}
          label={`${chartLabel} The table below lists the same numbers.`}
          height={height}
          tableId={`${id}-table`}
          testId={`${id}-chart`}
        >
          <StepStackChart
            series={series}
            points={stacked}
            height={height}
            ticks={ticks}
            tickLabels={tickLabels}
            axisTitle={
              measure === "share"
                ? undefined
                : `tokens per ${merged ? `${drawn.step} ${drawn.period}s` : drawn.period}`
            }
            tips={tips}
            markers={markers}
            bandLabels={chart.bandLabels}
          />
        </ChartFigure>
        <ReleaseMarkersNote markers={markers} />
        <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
          {[...notes, ...partialNote].map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <TrendNumbers
          id={`${id}-table`}
          caption={chartLabel}
          series={drawn.series}
          points={labelled}
          measure={measure}
        />
      </div>
    </Card>
  );
}

/** The release days inside the chart's dates: the ones drawn, and keyed in its pictures. */
function drawnMarkers({ markers = [], table }: TrendChart): TrendMarker[] {
  return markersWithin(markers, table.points[0]?.date ?? "", table.points.at(-1)?.until ?? "");
}

function stackedTotal(point: TrendPoint): bigint {
  return point.values.reduce<bigint>((sum, value) => sum + (value ?? 0n), 0n);
}

/** A date's tooltip: each series' exact tokens and share, then the total. */
/** A point's tooltip row: each series' tokens and share, then the total (labelled "All"). */
function tipRow(point: TrendPoint, label: string, seriesCount: number): string[] {
  const values = Array.from({ length: seriesCount }, (_, index) => {
    const value = point.values[index] ?? null;
    return value === null
      ? "not in the top 50"
      : `${formatExactTokens(value)} (${formatPercent(exactShare(value, point.total))})`;
  });
  return [label, ...values, `${formatExactTokens(point.total)} tokens`];
}
