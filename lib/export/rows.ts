import type { MacroSeries, SharePoint } from "../derive/series";
import type { ModelUsage, ProviderSplit } from "../derive/model-usage";
import type { MacroCategory, TagShare } from "../openrouter/types";
import { SHARE_FIELDS, shareOf, type ShareMetric } from "../derive/share-metric";
import type { ExportColumn, ExportValue } from "./chart-export";

// The rows behind each chart, as raw fractions with full precision (the screen rounds to one
// decimal; a file for analysts must not). Keys follow the upstream's snake_case names.

type Rows = { columns: ExportColumn[]; rows: Record<string, ExportValue>[] };

export function macroCategoryRows(macroCategories: MacroCategory[]): Rows {
  return {
    columns: [
      { key: "macro_category", label: "Macro-category key" },
      { key: "label", label: "Macro-category" },
      { key: "usage_share", label: "Share of requests" },
      { key: "token_share", label: "Share of tokens" },
      { key: "tasks", label: "Tasks" },
    ],
    rows: macroCategories.map((macro) => ({
      macro_category: macro.key,
      label: macro.label,
      usage_share: macro.usageShare,
      token_share: macro.tokenShare,
      tasks: macro.tagCount,
    })),
  };
}

export function tagRows(tags: TagShare[]): Rows {
  return {
    columns: [
      { key: "tag", label: "Tag" },
      { key: "display_name", label: "Task" },
      { key: "macro_category", label: "Macro-category" },
      { key: "usage_share", label: "Usage share" },
      { key: "token_share", label: "Token share" },
      { key: "token_intensity", label: "Token intensity" },
      { key: "category_usage_share", label: "Usage share within category" },
      { key: "category_token_share", label: "Token share within category" },
    ],
    rows: tags.map((tag) => ({
      tag: tag.tag,
      display_name: tag.displayName,
      macro_category: tag.macroCategory,
      usage_share: tag.usageShare,
      token_share: tag.tokenShare,
      token_intensity: tag.tokenIntensity,
      category_usage_share: tag.categoryUsageShare,
      category_token_share: tag.categoryTokenShare,
    })),
  };
}

/** The tag's listed models and, when the list leaves some out, an "other models" row. */
export function modelRows(tag: TagShare, otherModelsLabel: string): Rows {
  const listed = tag.models.map((model) => ({
    rank: model.rank,
    model: model.id,
    usage_share: model.usageShare,
    token_share: model.tokenShare,
  }));
  const other = tag.otherModels
    ? [
        {
          rank: null,
          model: otherModelsLabel,
          usage_share: tag.otherModels.usageShare,
          token_share: tag.otherModels.tokenShare,
        },
      ]
    : [];
  return {
    columns: [
      { key: "rank", label: "Rank" },
      { key: "model", label: "Model" },
      { key: "usage_share", label: "Share of the task's requests" },
      { key: "token_share", label: "Share of the task's tokens" },
    ],
    rows: [...listed, ...other],
  };
}

/** A tag's shares per calendar day; a day with no stored snapshot is a row of empty shares. */
export function trendRows(tag: string, series: SharePoint[]): Rows {
  return {
    columns: [
      { key: "as_of", label: "Date" },
      { key: "tag", label: "Tag" },
      { key: "usage_share", label: "Usage share" },
      { key: "token_share", label: "Token share" },
    ],
    rows: series.map((point) => ({
      as_of: point.date,
      tag,
      usage_share: point.usage,
      token_share: point.tokens,
    })),
  };
}

/** A split by provider: each provider's listed models summed, then the unlisted rest. */
export function providerSplitRows(split: ProviderSplit, otherModelsLabel: string): Rows {
  return {
    columns: [
      { key: "provider", label: "Provider" },
      { key: "models", label: "Listed models" },
      { key: "usage_share", label: "Usage share" },
      { key: "token_share", label: "Token share" },
    ],
    rows: [
      ...split.providers.map((item) => ({
        provider: item.provider,
        models: item.models.join(" "),
        usage_share: item.usageShare,
        token_share: item.tokenShare,
      })),
      {
        provider: otherModelsLabel,
        models: null,
        usage_share: split.otherModels.usageShare,
        token_share: split.otherModels.tokenShare,
      },
    ],
  };
}

/** A model's task mix: every task that lists it, with its shares there and its contributions. */
export function modelMixRows(model: ModelUsage): Rows {
  return {
    columns: [
      { key: "tag", label: "Tag" },
      { key: "display_name", label: "Task" },
      { key: "rank", label: "Rank in task" },
      { key: "usage_mix", label: "Share of the model's counted requests" },
      { key: "token_mix", label: "Share of the model's counted tokens" },
      { key: "tag_usage_share", label: "Usage share within task" },
      { key: "tag_token_share", label: "Token share within task" },
      { key: "usage_contribution", label: "Share of all classified requests" },
      { key: "token_contribution", label: "Share of all classified tokens" },
    ],
    rows: model.tags.map((item) => ({
      tag: item.tag,
      display_name: item.displayName,
      rank: item.rank,
      usage_mix: item.usageMix,
      token_mix: item.tokenMix,
      tag_usage_share: item.usageShare,
      tag_token_share: item.tokenShare,
      usage_contribution: item.usageContribution,
      token_contribution: item.tokenContribution,
    })),
  };
}

/** Each macro-category's share per calendar day, one column per category; gaps left empty. */
export function macroTrendRows(series: MacroSeries, metric: ShareMetric): Rows {
  return {
    columns: [
      { key: "as_of", label: "Date" },
      ...series.keys.map((item) => ({ key: item.key, label: item.label })),
    ],
    rows: series.points.map((point) => ({
      as_of: point.date,
      ...Object.fromEntries(series.keys.map((item, index) => [item.key, point[metric][index]])),
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
