import { ChartFigure } from "@/components/charts/chart-figure";
import { DonutChart } from "@/components/charts/donut-chart";
import { ChartActions } from "@/components/export/chart-actions";
import { dataPath } from "@/lib/export/snippets";
import { ShareDelta } from "@/components/history/share-delta";
import { Card } from "@/components/ui/card";
import { Swatch } from "@/components/ui/swatch";
import { chartExport } from "@/lib/export/chart-export";
import { macroCategoryRows } from "@/lib/export/rows";
import { formatPercent, formatWindow } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import { macroColours } from "@/lib/derive/macro-categories";
import type { DataSource, TaskDay } from "@/lib/model";
import { SHARE_FIELDS, shareOf, type ShareMetric } from "@/lib/derive/share-metric";

const COPY: Record<
  ShareMetric,
  { title: string; description: string; noun: string; file: string }
> = {
  usage: {
    title: "Share of requests",
    description: "Classified requests by macro-category",
    noun: "requests",
    file: "usage-by-category",
  },
  tokens: {
    title: "Share of tokens",
    description: "Classified tokens by macro-category",
    noun: "tokens",
    file: "tokens-by-category",
  },
};

type MacroDonutCardProps = {
  metric: ShareMetric;
  snapshot: TaskDay;
  /** The view this card is part of, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
  tableId: string;
  /** Changes since a comparison snapshot, shown beside each share. */
  changes?: Changes;
};

export function MacroDonutCard({
  metric,
  snapshot,
  permalink,
  source,
  tableId,
  changes,
}: MacroDonutCardProps) {
  const { macroCategories } = snapshot;
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  const slices = macroCategories.map((macro) => ({
    key: macro.key,
    label: macro.label,
    value: shareOf(macro, metric),
    colour: colourOf(macro.key),
  }));
  const copy = COPY[metric];
  const summary = slices.map((slice) => `${slice.label} ${formatPercent(slice.value)}`).join(", ");
  const titleId = `macro-${metric}-title`;
  const figureId = `macro-${metric}-chart`;
  const exported = chartExport({
    what: [copy.file],
    title: `${copy.title} by macro-category`,
    subtitle: `Classified OpenRouter ${copy.noun} · ${formatWindow(snapshot.windowDays, snapshot.asOf)}`,
    asOf: snapshot.asOf,
    legend: slices.map((slice) => ({
      label: `${slice.label} ${formatPercent(slice.value)}`,
      colour: slice.colour,
    })),
    permalink,
    source,
    view: { metric: SHARE_FIELDS[metric] },
    ...macroCategoryRows(macroCategories, changes),
  });

  return (
    <Card
      title={copy.title}
      description={copy.description}
      titleId={titleId}
      actions={
        <ChartActions
          figureId={figureId}
          chart={exported}
          data={{
            path: dataPath("/api/classifications", { as_of: snapshot.asOf }),
            records: ["data", "macro_categories"],
          }}
        />
      }
    >
      <div className="grid grid-cols-1 items-center gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ChartFigure
          id={figureId}
          label={`Donut chart of the share of classified ${copy.noun} by macro-category: ${summary}.`}
          height={200}
          tableId={tableId}
          testId={`macro-donut-${metric}`}
        >
          <DonutChart slices={slices} />
        </ChartFigure>
        <ul
          className="flex flex-col gap-2 text-sm tabular-nums"
          aria-label={`${copy.title} legend`}
        >
          {slices.map((slice) => (
            <li
              key={slice.key}
              className="flex items-center justify-between gap-3"
              data-macro={slice.key}
            >
              <span className="flex items-center gap-2">
                <Swatch colour={slice.colour} large />
                {slice.label}
              </span>
              <span className="flex items-baseline gap-2">
                <span className="font-medium">{formatPercent(slice.value)}</span>
                {changes && (
                  <span className="w-20 text-right text-xs">
                    <ShareDelta change={changes.byKey.get(slice.key)} metric={metric} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
