import { ImageResponse } from "next/og";

import type { RankingsSeries } from "@/lib/model";
import { formatPercent, formatTokens } from "@/lib/format";
import { exactShare } from "@/lib/derive/trends/exact-share";
import { categoryShares } from "@/lib/derive/trends/category-shares";
import { concentration, groupRankings } from "@/lib/derive/trends/group-rankings";
import { categoryLabel } from "@/lib/glossary/rankings";
import type { TrendTable } from "@/lib/derive/trends/trend-table";

import { OG_SIZE, OgFrame } from "./og-frame";
import { previewText } from "./og-text";
import { OG_PALETTE } from "./og-palette";

export const TRENDS_PREVIEW_ALT =
  "Task Share: OpenRouter's token volume over time, from its rankings dataset";

/** A figure and what it counts, as the preview's big numbers show it. */
type Figure = { value: string; label: string };

/**
 * A trends view's link preview: its headline figures for the latest date, or, while nothing is
 * stored yet, a sentence saying so. Always an image, never an error page.
 */
export function trendsPreview(
  kicker: string,
  series: RankingsSeries,
  headline: (series: RankingsSeries) => { title: string; figures: Figure[] },
): ImageResponse {
  const asOf = series.asOf.slice(0, 10);
  if (series.rows.length === 0) {
    return new ImageResponse(
      <OgFrame kicker={kicker} asOf={asOf || "—"} source={series.source}>
        <div style={{ display: "flex", fontSize: 48 }}>The rankings history is being fetched.</div>
      </OgFrame>,
      OG_SIZE,
    );
  }
  const { title, figures } = headline(series);
  return new ImageResponse(
    <OgFrame kicker={kicker} asOf={asOf} source={series.source}>
      <div style={{ display: "flex", fontSize: 56, fontWeight: 700, lineHeight: 1.1 }}>
        {previewText(title, 44)}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 36, gap: 20 }}>
        {figures.map((figure) => (
          <div key={figure.label} style={{ display: "flex", alignItems: "baseline", gap: 20 }}>
            <div style={{ display: "flex", fontSize: 52, fontWeight: 700 }}>{figure.value}</div>
            <div style={{ display: "flex", fontSize: 28, color: OG_PALETTE.mutedForeground }}>
              {previewText(figure.label, 56)}
            </div>
          </div>
        ))}
      </div>
    </OgFrame>,
    OG_SIZE,
  );
}

/** The latest week of the whole dataset: its tokens, its top model and the top 50's share. */
export function volumeHeadline(series: RankingsSeries) {
  const last = concentration(series.rows, series.period).points.at(-1);
  const lastRows = series.rows.filter((row) => row.date === last?.date);
  const leader = groupRankings(lastRows, series.period, "model", 1);
  return {
    title: `Tokens on OpenRouter, week of ${last?.date ?? ""}`,
    figures: last
      ? [
          { value: formatTokens(last.total), label: "in the week" },
          {
            value: formatPercent(exactShare(last.values[0] ?? 0n, last.total)),
            label: "in the week's top 50 models",
          },
          ...leaderFigure(leader),
        ]
      : [],
  };
}

function leaderFigure(table: TrendTable): Figure[] {
  const point = table.points[0];
  const top = table.series[0];
  if (!point || !top || top.kind !== "named") return [];
  return [
    {
      value: formatPercent(exactShare(point.values[0] ?? 0n, point.total)),
      label: `${top.label}, the week's largest`,
    },
  ];
}

/** The latest week's three largest use-case categories, as shares of categorised tokens. */
export function categoriesHeadline(all: RankingsSeries[]) {
  const table = categoryShares(
    all.flatMap((series) =>
      series.category
        ? [{ category: series.category, label: categoryLabel(series.category), rows: series.rows }]
        : [],
    ),
  );
  const last = table.points.at(-1);
  const ranked = last
    ? table.series
        .map((item, index) => ({ label: item.label, value: last.values[index] ?? 0n }))
        .sort((a, b) => (a.value === b.value ? 0 : a.value > b.value ? -1 : 1))
        .slice(0, 3)
    : [];
  return {
    title: `Use cases on OpenRouter, week of ${last?.date ?? ""}`,
    figures: ranked.map((item) => ({
      value: formatPercent(exactShare(item.value, last?.total ?? 0n)),
      label: `${item.label}, of categorised tokens`,
    })),
  };
}
