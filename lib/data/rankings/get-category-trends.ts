import "server-only";

import type { VersionMode } from "../../derive/versions";
import { RANKINGS_CATEGORIES, type RankingsCategory } from "../../model";
import { getTrend, type Trend } from "./get-trend";

/** The category asked for, or all twelve, by week over the view's range. */
export function getCategoryTrends(query: {
  category: RankingsCategory | null;
  from: string | null;
  to: string | null;
  versions: VersionMode;
}): Promise<Trend[]> {
  const categories = query.category ? [query.category] : RANKINGS_CATEGORIES;
  return Promise.all(
    categories.map((category) =>
      // The 12 categories' totals are the same merged or not: only one category's models merge.
      getTrend({
        period: "week",
        category,
        from: query.from,
        to: query.to,
        versions: query.category ? query.versions : "dated",
      }),
    ),
  );
}
