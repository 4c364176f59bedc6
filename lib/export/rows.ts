import type { MacroCategory, TagShare } from "../openrouter/types";
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
