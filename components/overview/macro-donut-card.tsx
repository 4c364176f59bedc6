import { ChartFigure } from "@/components/charts/chart-figure";
import { DonutChart } from "@/components/charts/donut-chart";
import { ShareDelta } from "@/components/history/share-delta";
import { Card } from "@/components/ui/card";
import { formatPercent } from "@/lib/format";
import type { Changes } from "@/lib/history/changes";
import { macroColours } from "@/lib/macro-categories";
import type { MacroCategory } from "@/lib/openrouter/types";

type Metric = "usage" | "tokens";

const COPY: Record<Metric, { title: string; description: string; noun: string }> = {
  usage: {
    title: "Share of requests",
    description: "Classified requests by macro-category",
    noun: "requests",
  },
  tokens: {
    title: "Share of tokens",
    description: "Classified tokens by macro-category",
    noun: "tokens",
  },
};

export function MacroDonutCard({
  metric,
  macroCategories,
  changes,
}: {
  metric: Metric;
  macroCategories: MacroCategory[];
  /** Changes since a comparison snapshot, shown beside each share. */
  changes?: Changes;
}) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  const value = (macro: MacroCategory) =>
    metric === "usage" ? macro.usageShare : macro.tokenShare;
  const slices = macroCategories.map((macro) => ({
    key: macro.key,
    label: macro.label,
    value: value(macro),
    colour: colourOf(macro.key),
  }));
  const copy = COPY[metric];
  const summary = slices.map((slice) => `${slice.label} ${formatPercent(slice.value)}`).join(", ");
  const titleId = `macro-${metric}-title`;

  return (
    <Card title={copy.title} description={copy.description} titleId={titleId}>
      <div className="grid grid-cols-1 items-center gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ChartFigure
          label={`Donut chart of the share of classified ${copy.noun} by macro-category: ${summary}.`}
          height={200}
          testId={`macro-donut-${metric}`}
        >
          <DonutChart slices={slices} label={`${copy.title}: ${summary}`} />
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
                <span
                  aria-hidden
                  className="size-3 rounded-sm"
                  style={{ backgroundColor: slice.colour }}
                />
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
