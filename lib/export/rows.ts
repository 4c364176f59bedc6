import {
  displayName,
  modelInfo,
  weightsOf,
  type ModelCatalogue,
  type Weights,
} from "../derive/catalogue";
import type { Changes } from "../derive/changes";
import type { ShareMove } from "../derive/digest";
import type { MacroSeries, SharePoint } from "../derive/series";
import type { ModelUsage, ProviderSplit } from "../derive/model-usage";
import type { MacroCategory, TagShare } from "../model";
import {
  SHARE_FIELDS,
  SHARE_METRIC_NOUNS,
  SHARE_METRICS,
  shareOf,
  type ShareMetric,
} from "../derive/share-metric";
import type { ExportColumn, ExportValue } from "./chart-export";

// The rows behind each chart, as raw fractions with full precision (the screen rounds to one
// decimal; a file for analysts must not). Keys follow the upstream's snake_case names.

type Rows = { columns: ExportColumn[]; rows: Record<string, ExportValue>[] };

/** One column of a file: its key (the header), its label, and how a row's value is read. */
type Column<Item> = { key: string; label: string; value: (item: Item) => ExportValue };

/** The rows of a file, one per item, each column's value read as that column says. */
function rowsOf<Item>(items: readonly Item[], columns: Column<Item>[]): Rows {
  return {
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows: items.map((item) =>
      Object.fromEntries(columns.map((column) => [column.key, column.value(item)])),
    ),
  };
}

/** A share pair's two columns, labelled for what they are shares of. */
function shareColumns<Item extends { usageShare: number; tokenShare: number }>(
  usageLabel: string,
  tokenLabel: string,
): Column<Item>[] {
  return [
    { key: "usage_share", label: usageLabel, value: (item) => item.usageShare },
    { key: "token_share", label: tokenLabel, value: (item) => item.tokenShare },
  ];
}

/** One column per share metric (requests, then tokens), named and read by the metric. */
function metricColumns<Item>(
  keys: Record<ShareMetric, string>,
  label: (noun: string) => string,
  value: (item: Item, metric: ShareMetric) => ExportValue,
): Column<Item>[] {
  return SHARE_METRICS.map((metric) => ({
    key: keys[metric],
    label: label(SHARE_METRIC_NOUNS[metric]),
    value: (item) => value(item, metric),
  }));
}

/**
 * The change columns the screen shows beside each share when a comparison day is chosen, named
 * for that day so a file read alone says what the change is measured against:
 * `usage_share_change_pp_since_2026-11-18`, in percentage points like the screen. A row that was
 * not listed on the comparison day (new since) has them empty; without a comparison there are
 * none.
 */
/** A difference of shares in percentage points, rounded past float noise, far below any real digit
 * (0.1842 - 0.17 is 0.014200000000000004). */
function percentagePoints(difference: number): number {
  return Number((difference * 100).toFixed(10));
}

function changeColumns<Item>(
  changes: Changes | undefined,
  keyOf: (item: Item) => string | null,
): Column<Item>[] {
  if (!changes) return [];
  const since = changes.baseAsOf;
  return SHARE_METRICS.map((metric) => ({
    key: `${SHARE_FIELDS[metric]}_change_pp_since_${since}`,
    label: `Change in share of ${SHARE_METRIC_NOUNS[metric]} since ${since} (percentage points; empty when not listed then)`,
    value: (item) => {
      const key = keyOf(item);
      const change = key === null ? undefined : changes.byKey.get(key);
      return change?.kind === "changed" ? percentagePoints(change[metric]) : null;
    },
  }));
}

export function macroCategoryRows(macroCategories: MacroCategory[], changes?: Changes): Rows {
  return rowsOf(macroCategories, [
    { key: "macro_category", label: "Macro-category key", value: (macro) => macro.key },
    { key: "label", label: "Macro-category", value: (macro) => macro.label },
    ...shareColumns<MacroCategory>("Share of requests", "Share of tokens"),
    { key: "tasks", label: "Tasks", value: (macro) => macro.tagCount },
    ...changeColumns<MacroCategory>(changes, (macro) => macro.key),
  ]);
}

export function tagRows(tags: TagShare[], changes?: Changes): Rows {
  return rowsOf(tags, [
    { key: "tag", label: "Tag", value: (tag) => tag.tag },
    { key: "display_name", label: "Task", value: (tag) => tag.displayName },
    { key: "macro_category", label: "Macro-category", value: (tag) => tag.macroCategory },
    ...shareColumns<TagShare>("Usage share", "Token share"),
    { key: "token_intensity", label: "Token intensity", value: (tag) => tag.tokenIntensity },
    {
      key: "category_usage_share",
      label: "Usage share within category",
      value: (tag) => tag.categoryUsageShare,
    },
    {
      key: "category_token_share",
      label: "Token share within category",
      value: (tag) => tag.categoryTokenShare,
    },
    ...changeColumns<TagShare>(changes, (tag) => tag.tag),
  ]);
}

type RankedShare = {
  rank: number | null;
  model: string;
  /** The catalogue's name and the model's weights; null on the "other models" row. */
  name: string | null;
  weights: Weights | null;
  usageShare: number;
  tokenShare: number;
};

/**
 * The tag's listed models, named and classed by the catalogue, and, when the list leaves some
 * out, an "other models" row; with `changes`, each model's within-task change (the "other
 * models" row has none).
 */
export function modelRows(
  tag: TagShare,
  otherModelsLabel: string,
  { changes, catalogue }: { changes?: Changes; catalogue: ModelCatalogue },
): Rows {
  const listed: RankedShare[] = tag.models.map((model) => {
    const info = modelInfo(catalogue, model.id);
    return {
      ...model,
      model: model.id,
      name: displayName(info, model.id),
      weights: weightsOf(info),
    };
  });
  const other: RankedShare[] = tag.otherModels
    ? [{ ...tag.otherModels, rank: null, model: otherModelsLabel, name: null, weights: null }]
    : [];
  return rowsOf(
    [...listed, ...other],
    [
      { key: "rank", label: "Rank", value: (row) => row.rank },
      { key: "model", label: "Model", value: (row) => row.model },
      { key: "name", label: "Name", value: (row) => row.name },
      { key: "weights", label: "Weights", value: (row) => row.weights },
      ...shareColumns<RankedShare>("Share of the task's requests", "Share of the task's tokens"),
      ...changeColumns<RankedShare>(changes, (row) => (row.rank === null ? null : row.model)),
    ],
  );
}

/**
 * The rows of a series over time keep the chart's points: a row per stored day and per missing
 * day of a short gap (empty shares), and ONE row for a long run of missing days (more than
 * MAX_SPELLED_GAP), dated its first missing day, shares empty. Only then does the file get a
 * `gap_until` column, holding that run's last missing day (empty on every other row), so a
 * file reads "nothing from as_of through gap_until" without listing years of empty days, and a
 * file without long gaps keeps exactly the columns it always had.
 */
function gapColumn<Point extends { gapUntil?: string }>(points: readonly Point[]): Column<Point>[] {
  if (!points.some((point) => point.gapUntil !== undefined)) return [];
  return [
    { key: "gap_until", label: "No snapshot through", value: (point) => point.gapUntil ?? null },
  ];
}

/** A tag's shares per day; a day with no stored snapshot is a row of empty shares. */
export function trendRows(tag: string, series: SharePoint[]): Rows {
  return rowsOf(series, [
    { key: "as_of", label: "Date", value: (point) => point.date },
    { key: "tag", label: "Tag", value: () => tag },
    { key: "usage_share", label: "Usage share", value: (point) => point.usage },
    { key: "token_share", label: "Token share", value: (point) => point.tokens },
    ...gapColumn(series),
  ]);
}

/** The estimated open-weight share of all classified traffic per day (lower bounds). */
export function openWeightsTrendRows(series: SharePoint[]): Rows {
  return rowsOf(series, [
    { key: "as_of", label: "Date", value: (point) => point.date },
    {
      key: "open_weights_usage_share",
      label: "Open weights: requests",
      value: (point) => point.usage,
    },
    {
      key: "open_weights_token_share",
      label: "Open weights: tokens",
      value: (point) => point.tokens,
    },
    ...gapColumn(series),
  ]);
}

type ProviderShare = {
  provider: string;
  models: string | null;
  usageShare: number;
  tokenShare: number;
};

/** A split by provider: each provider's listed models summed, then the unlisted rest. */
export function providerSplitRows(split: ProviderSplit, otherModelsLabel: string): Rows {
  const parts: ProviderShare[] = [
    ...split.providers.map((item) => ({ ...item, models: item.models.join(" ") })),
    { ...split.otherModels, provider: otherModelsLabel, models: null },
  ];
  return rowsOf(parts, [
    { key: "provider", label: "Provider", value: (part) => part.provider },
    { key: "models", label: "Listed models", value: (part) => part.models },
    ...shareColumns<ProviderShare>("Usage share", "Token share"),
  ]);
}

/** The models index as listed: each model's estimated shares (lower bounds) and its top task. */
export function modelIndexRows(models: ModelUsage[], catalogue: ModelCatalogue): Rows {
  const infoOf = (model: ModelUsage) => modelInfo(catalogue, model.id);
  return rowsOf(models, [
    { key: "model", label: "Model", value: (model) => model.id },
    { key: "name", label: "Name", value: (model) => displayName(infoOf(model), model.id) },
    { key: "weights", label: "Weights", value: (model) => weightsOf(infoOf(model)) },
    { key: "provider", label: "Provider", value: (model) => model.provider },
    { key: "tasks", label: "Tasks listing it", value: (model) => model.tagCount },
    ...metricColumns<ModelUsage>(
      { usage: "est_usage_share", tokens: "est_token_share" },
      (noun) => `Estimated share of all classified ${noun} (lower bound)`,
      (model, metric) => (metric === "usage" ? model.estUsageShare : model.estTokenShare),
    ),
    { key: "top_tag", label: "Top task tag", value: (model) => model.topTag.tag },
    { key: "top_task", label: "Top task", value: (model) => model.topTag.displayName },
  ]);
}

/** A model's task mix: every task that lists it, with its shares there and its contributions. */
export function modelMixRows(model: ModelUsage): Rows {
  return rowsOf(model.tags, [
    { key: "tag", label: "Tag", value: (item) => item.tag },
    { key: "display_name", label: "Task", value: (item) => item.displayName },
    { key: "rank", label: "Rank in task", value: (item) => item.rank },
    ...metricColumns<ModelUsage["tags"][number]>(
      { usage: "usage_mix", tokens: "token_mix" },
      (noun) => `Share of the model's counted ${noun}`,
      (item, metric) => (metric === "usage" ? item.usageMix : item.tokenMix),
    ),
    { key: "tag_usage_share", label: "Usage share within task", value: (item) => item.usageShare },
    { key: "tag_token_share", label: "Token share within task", value: (item) => item.tokenShare },
    ...metricColumns<ModelUsage["tags"][number]>(
      { usage: "usage_contribution", tokens: "token_contribution" },
      (noun) => `Share of all classified ${noun}`,
      (item, metric) => (metric === "usage" ? item.usageContribution : item.tokenContribution),
    ),
  ]);
}

/** Each macro-category's share per day, one column per category; gaps left empty. */
export function macroTrendRows(series: MacroSeries, metric: ShareMetric): Rows {
  const gap = gapColumn(series.points);
  return {
    columns: [
      { key: "as_of", label: "Date" },
      ...series.keys.map((item) => ({ key: item.key, label: item.label })),
      ...gap.map(({ key, label }) => ({ key, label })),
    ],
    rows: series.points.map((point) => ({
      as_of: point.date,
      ...Object.fromEntries(series.keys.map((item, index) => [item.key, point[metric][index]])),
      ...Object.fromEntries(gap.map((column) => [column.key, column.value(point)])),
    })),
  };
}

/** Several splits by provider (one per scope: all tasks, a category, a task), one row a part. */
export function providerScopeRows(
  scopes: { key: string; label: string; split: ProviderSplit }[],
  metric: ShareMetric,
  otherModelsLabel: string,
): Rows {
  const field = SHARE_FIELDS[metric];
  return {
    columns: [
      { key: "scope", label: "Scope key" },
      { key: "scope_label", label: "Scope" },
      { key: "provider", label: "Provider" },
      { key: field, label: "Share" },
    ],
    rows: scopes.flatMap(({ key, label, split }) => [
      ...split.providers.map((item) => ({
        scope: key,
        scope_label: label,
        provider: item.provider,
        [field]: shareOf(item, metric),
      })),
      {
        scope: key,
        scope_label: label,
        provider: otherModelsLabel,
        [field]: shareOf(split.otherModels, metric),
      },
    ]),
  };
}

/**
 * What changed between two days, one row per share that moved (tasks and macro-categories,
 * requests and tokens), in the page's order: news first, then ordinary movement.
 */
export function moveRows(moves: ShareMove[]): Rows {
  return rowsOf(moves, [
    { key: "scope", label: "Task or macro-category", value: (move) => move.scope },
    { key: "key", label: "Key", value: (move) => move.key },
    { key: "label", label: "Name", value: (move) => move.label },
    { key: "share_of", label: "Share of", value: (move) => move.metric },
    { key: "from", label: "Share on the earlier day", value: (move) => move.from },
    { key: "to", label: "Share on the day shown", value: (move) => move.to },
    { key: "change_pp", label: "Change (pp)", value: (move) => percentagePoints(move.change) },
    {
      key: "usual_move_pp",
      label: "Usual move over the same span (pp)",
      value: (move) => (move.typical === null ? null : percentagePoints(move.typical)),
    },
    { key: "verdict", label: "Verdict", value: (move) => move.verdict },
  ]);
}
