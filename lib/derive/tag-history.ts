import {
  rawTaskFigures,
  type RawClassificationsData,
  type RawModel,
  type RawTaskFigures,
} from "../openrouter/schema";

// One tag's stored values over time, exactly as upstream sent them (raw fractions, snake_case),
// for GET /api/history: an export must match the stored snapshots to the last digit.

export type TagHistoryPoint = RawTaskFigures & {
  as_of: string;
  window_days: number;
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
        ...rawTaskFigures(item),
        models: item.models.map((model) => ({
          id: model.id,
          tag_usage_share: model.tag_usage_share,
          tag_token_share: model.tag_token_share,
        })),
      },
    ];
  });
}
