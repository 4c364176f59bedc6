import type { Trend } from "@/lib/data";
import type { RankingsCategory } from "@/lib/model";
import type { TrendMarker } from "@/components/charts/svg/release-marker";
import {
  displayName,
  modelInfo,
  providerNamer,
  releaseMarkers,
  type ModelCatalogue,
} from "@/lib/derive/catalogue";
import { modelHref } from "@/lib/derive/models";
import { categoryShares } from "@/lib/derive/trends/category-shares";
import { latestLeader, type Leader } from "@/lib/derive/trends/latest-leader";
import {
  concentration,
  groupRankings,
  modelTrend,
  TOP_SERIES,
  type MemberGrouping,
} from "@/lib/derive/trends/group-rankings";
import { TREND_MEASURE, type TrendMeasure } from "@/lib/derive/trends/measure";
import type { DateRange } from "@/lib/derive/trends/range";
import {
  clipTable,
  partialNotes,
  type TrendPoint,
  type TrendTable,
} from "@/lib/derive/trends/trend-table";
import { weightsTrend } from "@/lib/derive/trends/weights-trend";
import { mergedName, type VersionMode } from "@/lib/derive/versions";
import { categoryLabel, rankingsOrigin, RANKINGS_LABELS } from "@/lib/glossary/rankings";
import {
  categoriesHref,
  rankingsApiHref,
  trendsHref,
  type CategoriesState,
  type TrendsState,
} from "@/lib/url-state/trends-params";

import { PERIOD_NOUNS } from "./point-label";
import type { DataRecipe } from "@/lib/export/snippets";
import type { ServerDownload } from "@/components/export/chart-export-menu";

import type { TrendChart } from "./trend-chart-card";

// Every trends chart, built once from a view's state and its loaded series: the page draws it,
// and /trends/export writes its rows, so the picture and the file can never disagree.

export const MODEL_TRENDS_ID = "trends";

type Held = Trend & { range: DateRange };

/** The chart's own files: its rows at every date, written by /trends/export. */
function chartFiles(id: string, query: Record<string, string>): ServerDownload[] {
  return (["csv", "json"] as const).map((format) => ({
    href: `/trends/export?${new URLSearchParams({ chart: id, ...query, format })}`,
    label: `${format.toUpperCase()} data`,
    note: "this chart's rows, every date, exact tokens",
  }));
}

/** The whole range's address in the API, as the series was read (merged or not). */
function apiHref({ series, range, merged }: Held, format: "csv" | "json"): string {
  const query = { period: series.period, category: series.category, ...range };
  return rankingsApiHref({ ...query, versions: merged ? "merged" : "dated" }, format);
}

/** Links to the whole range in the API's files. */
function fullDataOf(loaded: Held): ServerDownload[] {
  const { range, merged } = loaded;
  return (["csv", "json"] as const).map((format) => ({
    href: apiHref(loaded, format),
    label: `Full data (${format.toUpperCase()})`,
    note: `every ranked model${merged ? ", versions merged" : ""}, ${range.from} to ${range.to}`,
  }));
}

/** "Use this data": the whole range as the API serves it, dates read as dates, tokens exact. */
function recipeOf(loaded: Held): DataRecipe {
  return { path: apiHref(loaded, "csv"), dates: ["date"], integers: ["total_tokens"] };
}

/** The query a permalink carries, which the export route reads as the page did. */
function queryOf(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href, "http://task-share.invalid").searchParams);
}

function exported(
  loaded: Held,
  permalink: string,
  what: string[],
  view: Record<string, string>,
  files: ServerDownload[],
) {
  const { range } = loaded;
  return {
    files,
    what: [...what, range.from, "to", range.to],
    asOf: loaded.citedDay,
    source: loaded.series.source,
    permalink,
    view: { ...view, from: range.from, to: range.to },
    fullData: fullDataOf(loaded),
    data: recipeOf(loaded),
  };
}

/**
 * Models grouped by slug, or, merged, by catalogue id; providers by their id. Each series is
 * labelled with the catalogue's name, as the rest of the site names it.
 */
function groupModels(
  loaded: Held,
  period: TrendTable["period"],
  by: MemberGrouping,
  versions: VersionMode,
): TrendTable {
  return clipTable(
    distinctLabels(
      groupRankings(loaded.series.rows, period, by, TOP_SERIES, memberNamer(loaded, by, versions)),
    ),
    loaded.range,
  );
}

/**
 * Dated versions the catalogue names alike ("Qwen: Qwen3.5 Coder" twice) told apart by their
 * date ("… (2026-05-15)"), or by their slug where it carries none.
 */
function distinctLabels(table: TrendTable): TrendTable {
  const counts = new Map<string, number>();
  for (const item of table.series) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  return {
    ...table,
    series: table.series.map((item) => {
      const [member] = item.members;
      if ((counts.get(item.label) ?? 0) < 2 || item.kind !== "named" || !member) return item;
      const date = /-(\d{4})(\d{2})(\d{2})$/.exec(member);
      return { ...item, label: `${item.label} (${date ? date.slice(1).join("-") : member})` };
    }),
  };
}

function memberNamer(
  { catalogue }: Held,
  by: MemberGrouping,
  versions: VersionMode,
): (member: string) => string {
  if (by === "provider") return providerNamer(catalogue);
  if (versions === "merged") return (model) => mergedName(catalogue, model);
  return (model) => displayName(modelInfo(catalogue, model), model);
}

/** The release days of a chart's named models: each dated version's, merged or not. */
function modelMarkers(table: TrendTable, catalogue: ModelCatalogue): TrendMarker[] {
  const slugs = table.series
    .filter((item) => item.kind === "named")
    .flatMap((item) => item.members)
    .flatMap(
      (member) =>
        catalogue.byCatalogueId.get(member)?.map((entry) => ({ id: entry.slug })) ?? [
          { id: member },
        ],
    );
  return releaseMarkers(slugs, catalogue);
}

/** What a view with merged versions says, and what its files and exports carry. */
function versionsNotes(versions: VersionMode): string[] {
  return versions === "merged" ? [RANKINGS_LABELS.merged] : [];
}

function versionsView(versions: VersionMode): Record<string, string> {
  return versions === "merged" ? { versions } : {};
}

/** The volume chart's words for each grouping. */
function volumeWords(by: TrendsState["by"], named: number) {
  if (by === "weights") {
    return {
      title: "Open-weight share of tokens",
      what: "the top 50 models' tokens as open weights, closed weights and unknown, and everything outside the top 50",
    };
  }
  return {
    title: `Tokens by ${by}`,
    what: `the top ${named} ${by === "model" ? "models" : "providers"} over the range, the rest, and everything outside the top 50`,
  };
}

/** /trends: tokens by model, provider or weights, and the top 50's concentration. */
export function trendsCharts(state: TrendsState, loaded: Held): TrendChart[] {
  const { series, range } = loaded;
  const period = series.period;
  const [one, many] = PERIOD_NOUNS[period];
  const permalink = trendsHref({ ...state, ...range });
  // By weights, each dated version keeps its own entry's weights: nothing is merged.
  const versions = state.by === "weights" ? "dated" : state.versions;
  const volume =
    state.by === "weights"
      ? clipTable(weightsTrend(series.rows, period, loaded.catalogue), range)
      : groupModels(loaded, period, state.by, versions);
  const scope = `${range.from} to ${range.to} · ${volume.points.length} ${volume.points.length === 1 ? one : many}`;
  const words = volumeWords(state.by, volume.series.filter((item) => item.kind === "named").length);
  const byNotes =
    state.by === "weights"
      ? [
          RANKINGS_LABELS.weights,
          ...(loaded.catalogue.source === "none" ? [RANKINGS_LABELS.noCatalogue] : []),
        ]
      : [RANKINGS_LABELS.outside];
  const top50 = clipTable(concentration(series.rows, period), range);
  return [
    {
      id: "trend-volume",
      title: words.title,
      description: `${TREND_MEASURE.labels[state.measure]} · ${words.what} · ${scope}`,
      chartLabel: `Stacked chart of tokens per ${one} by ${state.by}, ${range.from} to ${range.to}, as ${state.measure === "share" ? "shares of all tokens" : "token counts"}.`,
      table: volume,
      measure: state.measure,
      ...(state.by === "model" && { markers: modelMarkers(volume, loaded.catalogue) }),
      notes: [
        RANKINGS_LABELS.tokenizers,
        ...byNotes,
        ...versionsNotes(versions),
        ...partialNotes(volume),
      ],
      exported: exported(
        loaded,
        permalink,
        ["tokens-by", state.by, period, ...(versions === "merged" ? ["merged"] : [])],
        { by: state.by, period, measure: state.measure, ...versionsView(versions) },
        chartFiles("trend-volume", queryOf(permalink)),
      ),
    },
    {
      id: "trend-concentration",
      title: "Concentration: the top 50 against everything else",
      description: `Share of each ${one}'s tokens in that ${one}'s top 50 models · ${scope}`,
      chartLabel: `Stacked chart of the top 50 models' share of all tokens per ${one}, against everything outside them, ${range.from} to ${range.to}.`,
      table: top50,
      measure: "share",
      notes: [RANKINGS_LABELS.outside, ...partialNotes(top50)],
      exported: exported(
        loaded,
        permalink,
        ["top-50-concentration", period],
        { period },
        chartFiles("trend-concentration", queryOf(permalink)),
      ),
      height: 220,
    },
  ];
}

/**
 * Who led /trends' latest period (none by weights), named as the volume chart names members;
 * `points` are a chart's periods over the same range.
 */
export function trendsLeader(
  state: TrendsState,
  loaded: Held,
  points: readonly TrendPoint[],
): Leader | null {
  if (state.by === "weights") return null;
  const nameOf = memberNamer(loaded, state.by, state.versions);
  return latestLeader(loaded.series.rows, loaded.series.period, state.by, points, nameOf);
}

/** /trends/categories: the 12 categories' shares, or one category's models and providers. */
export function categoriesCharts(state: CategoriesState, loaded: Held[]): TrendChart[] {
  const [first] = loaded;
  if (!first) return [];
  const { range } = first;
  const permalink = categoriesHref({ ...state, ...range });
  const scope = `${range.from} to ${range.to}`;
  const notes = [rankingsOrigin(first.series.source).categories, RANKINGS_LABELS.tokenizers];
  const newest = { ...first, citedDay: newestDay(loaded) };
  const category = state.category;
  if (category === null) {
    const all = categoryShares(
      loaded.flatMap(({ series }) =>
        series.category
          ? [
              {
                category: series.category,
                label: categoryLabel(series.category),
                rows: series.rows,
              },
            ]
          : [],
      ),
    );
    const shares = clipTable(all, range);
    return [
      {
        id: "trend-categories",
        title: "Share of categorised tokens by use case",
        description: `${TREND_MEASURE.labels[state.measure]} · each week, the 12 categories' tokens · ${scope}`,
        chartLabel: `Stacked chart of the 12 use-case categories' ${state.measure === "share" ? "shares of categorised tokens" : "estimated tokens"} per week, ${scope}.`,
        table: shares,
        measure: state.measure,
        bandLabels: true,
        notes: [RANKINGS_LABELS.categoryShare, ...notes, ...partialNotes(shares)],
        exported: {
          ...exported(
            newest,
            permalink,
            ["categories"],
            { measure: state.measure },
            chartFiles("trend-categories", queryOf(permalink)),
          ),
          fullData: [],
          // Twelve series in one chart: its own file is the data, tokens exact.
          data: {
            path: chartFiles("trend-categories", queryOf(permalink))[0]?.href ?? "",
            dates: ["date", "until"],
            integers: ["total_tokens"],
          },
        },
      },
    ];
  }
  return (["model", "provider"] as const).map((by) =>
    categoryChart(category, by, state, first, permalink),
  );
}

function categoryChart(
  category: RankingsCategory,
  by: MemberGrouping,
  { measure, versions }: { measure: TrendMeasure; versions: VersionMode },
  loaded: Held,
  permalink: string,
): TrendChart {
  const { range } = loaded;
  const label = categoryLabel(category);
  const table = groupModels(loaded, "week", by, versions);
  return {
    id: `trend-category-${by}`,
    title: `${label}: tokens by ${by}`,
    description: `${TREND_MEASURE.labels[measure]} of the category's estimated tokens · the top ${by === "model" ? "models" : "providers"} over the range · ${range.from} to ${range.to}`,
    chartLabel: `Stacked chart of ${label} tokens per week by ${by}, ${range.from} to ${range.to}.`,
    table,
    measure,
    notes: [
      rankingsOrigin(loaded.series.source).categories,
      RANKINGS_LABELS.tokenizers,
      RANKINGS_LABELS.outside,
      ...versionsNotes(versions),
      ...partialNotes(table),
    ],
    exported: exported(
      loaded,
      permalink,
      [category, "by", by, ...(versions === "merged" ? ["merged"] : [])],
      { category, by, measure, ...versionsView(versions) },
      chartFiles(`trend-category-${by}`, queryOf(permalink)),
    ),
  };
}

/** A model profile's tokens per day, empty where it was outside the top 50. */
export function modelChart(model: string, loaded: Held): TrendChart {
  const { range } = loaded;
  const trend = clipTable(modelTrend(loaded.series.rows, "day", model), range);
  const name = displayName(modelInfo(loaded.catalogue, model), model);
  const table = { ...trend, series: trend.series.map((item) => ({ ...item, label: name })) };
  // From the model's first day in the top 50: the months before it launched are no trend.
  const start = table.points.findIndex((point) => point.values[0] !== null);
  const points = start < 0 ? [] : table.points.slice(start);
  const ranked = points.filter((point) => point.values[0] !== null).length;
  return {
    id: "model-trend",
    title: "Tokens per day",
    description: `${capitalised(rankingsOrigin(loaded.series.source).whose)} daily tokens for this model, ${points[0]?.date ?? range.from} to ${range.to} · among the top 50 on ${ranked} of those ${points.length} days`,
    chartLabel: `Chart of ${model}'s tokens per day since its first day in the top 50; days it was outside the top 50 are empty.`,
    table: { ...table, points },
    measure: "tokens",
    notes: [
      "Days the model was outside the top 50 are empty: its tokens are then inside the dataset's remainder and not known alone.",
      RANKINGS_LABELS.tokenizers,
    ],
    exported: exported(
      loaded,
      `${modelHref(model)}#${MODEL_TRENDS_ID}`,
      ["tokens-per-day", model],
      { model, period: "day" },
      chartFiles("model-trend", { model }),
    ),
    height: 200,
  };
}

/** The providers page's long view: each provider's share of all tokens per week. */
export function providerChart(loaded: Held): TrendChart {
  const { range } = loaded;
  const table = groupModels(loaded, "week", "provider", "dated");
  return {
    id: "provider-trend",
    title: "Providers' share of all tokens over time",
    description: `${capitalised(rankingsOrigin(loaded.series.source).dataset)}, each week's tokens by the provider of the top 50 models · ${range.from} to ${range.to}`,
    chartLabel: `Stacked chart of each provider's share of all tokens per week, ${range.from} to ${range.to}.`,
    table,
    measure: "share",
    notes: [RANKINGS_LABELS.tokenizers, RANKINGS_LABELS.outside, ...partialNotes(table)],
    exported: exported(
      loaded,
      trendsHref({ by: "provider", ...range }),
      ["provider-share-by-week"],
      { by: "provider", period: "week" },
      chartFiles("provider-trend", {}),
    ),
    height: 220,
  };
}

/** The newest of the series' dates, which the citation names. */
function newestDay(loaded: Trend[]): string {
  return loaded.reduce((newest, item) => (item.citedDay > newest ? item.citedDay : newest), "");
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
