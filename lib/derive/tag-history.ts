import type { RawClassificationsData, RawModel } from "../openrouter/schema";

// One tag's stored values over time, exactly as upstream sent them (raw fractions, snake_case),
// for GET /api/history: an export must match the stored snapshots to the last digit.

export type TagHistoryPoint = {
  as_of: string;
  window_days: number;
  display_name: string;
  macro_category: string;
  usage_share: number;
  token_share: number;
  category_usage_share: number;
  category_token_share: number;
  models: RawModel[];
};

/** The tag's point on each stored date that lists it, oldest first; days without are left out. */
export function tagHistory(snapshots: RawClassificationsData[], tag: string): TagHistoryPoint[] {
  return snapshots.flatMap((data) => {
    const item = data.classifications.find((candidate) => candidate.tag === tag);
    if (!item) return [];
    return [
      {
        as_of: data.as_of,
        window_days: data.window_days,
        display_name: item.display_name,
        macro_category: item.macro_category,
        usage_share: item.usage_share,
        token_share: item.token_share,
        category_usage_share: item.category_usage_share,
        category_token_share: item.category_token_share,
        models: item.models.map((model) => ({
          id: model.id,
          tag_usage_share: model.tag_usage_share,
          tag_token_share: model.tag_token_share,
        })),
      },
    ];
  });
}
