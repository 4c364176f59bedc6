// Pure arithmetic on upstream's short decimals: a remainder must not carry float noise into
// every file that lists "Other models".
import { decimalDifference, decimalSum } from "../derive/decimal";
import type { RawClassification, RawClassificationsData, RawModel } from "./schema";
import type { MacroCategory, ModelShare, OtherModelsShare, TaskDay, TagShare } from "../model";

// Listed shares are rounded upstream, so a remainder this small is rounding, not other models.
const REMAINDER_EPSILON = 0.0005;

export function reshapeSnapshot(raw: RawClassificationsData): TaskDay {
  const byUsage = [...raw.classifications].sort((a, b) => b.usage_share - a.usage_share);
  const usageRank = new Map(byUsage.map((item, index) => [item.tag, index + 1]));
  const categoryRank = rankWithinCategory(byUsage);

  const tags = raw.classifications.map((item) =>
    reshapeTag(item, usageRank.get(item.tag) ?? 0, categoryRank.get(item.tag) ?? 0),
  );
  const macroCategories = reshapeMacroCategories(raw, tags);
  return { asOf: raw.as_of, windowDays: raw.window_days, tags, macroCategories };
}

function reshapeTag(
  item: RawClassification,
  usageRank: number,
  categoryUsageRank: number,
): TagShare {
  const models = item.models.map(reshapeModel);
  return {
    tag: item.tag,
    displayName: item.display_name,
    macroCategory: item.macro_category,
    usageShare: item.usage_share,
    tokenShare: item.token_share,
    tokenIntensity: item.usage_share > 0 ? item.token_share / item.usage_share : null,
    categoryUsageShare: item.category_usage_share,
    categoryTokenShare: item.category_token_share,
    usageRank,
    categoryUsageRank,
    models,
    otherModels: otherModelsShare(models),
  };
}

function reshapeModel(model: RawModel, index: number): ModelShare {
  return {
    id: model.id,
    rank: index + 1,
    usageShare: model.tag_usage_share,
    tokenShare: model.tag_token_share,
  };
}

export function otherModelsShare(models: ModelShare[]): OtherModelsShare {
  if (models.length === 0) return null;
  const usage = decimalDifference(1, decimalSum(models.map((model) => model.usageShare)));
  const tokens = decimalDifference(1, decimalSum(models.map((model) => model.tokenShare)));
  if (usage < REMAINDER_EPSILON && tokens < REMAINDER_EPSILON) return null;
  return { usageShare: Math.max(usage, 0), tokenShare: Math.max(tokens, 0) };
}

/**
 * Macro-categories in upstream order, plus any key that tags use but the list lacks, so a new
 * category upstream still renders (with its tags' summed shares) instead of vanishing.
 */
function reshapeMacroCategories(raw: RawClassificationsData, tags: TagShare[]): MacroCategory[] {
  const tagCount = (key: string) => tags.filter((tag) => tag.macroCategory === key).length;
  const listed = raw.macro_categories.map((macro) => ({
    key: macro.key,
    label: macro.label,
    usageShare: macro.usage_share,
    tokenShare: macro.token_share,
    tagCount: tagCount(macro.key),
  }));
  const listedKeys = new Set(listed.map((macro) => macro.key));
  const missingKeys = [...new Set(tags.map((tag) => tag.macroCategory))].filter(
    (key) => !listedKeys.has(key),
  );
  const derived = missingKeys.map((key) => {
    const members = tags.filter((tag) => tag.macroCategory === key);
    return {
      key,
      label: labelFromKey(key),
      usageShare: decimalSum(members.map((tag) => tag.usageShare)),
      tokenShare: decimalSum(members.map((tag) => tag.tokenShare)),
      tagCount: members.length,
    };
  });
  return [...listed, ...derived];
}

function rankWithinCategory(byUsage: RawClassification[]): Map<string, number> {
  const seen = new Map<string, number>();
  const ranks = new Map<string, number>();
  for (const item of byUsage) {
    const rank = (seen.get(item.macro_category) ?? 0) + 1;
    seen.set(item.macro_category, rank);
    ranks.set(item.tag, rank);
  }
  return ranks;
}

function labelFromKey(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1).replaceAll("_", " ");
}
