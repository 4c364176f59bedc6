import "server-only";

import { RANKINGS_CATEGORIES } from "@/lib/data";
import type { CategoriesState } from "@/lib/url-state/trends-params";

import { loadRankings } from "./load-rankings";

/** The category asked for, or all twelve, by week over the view's range. */
export function loadCategories(state: CategoriesState) {
  const categories = state.category ? [state.category] : RANKINGS_CATEGORIES;
  return Promise.all(
    categories.map((category) =>
      // The 12 categories' totals are the same merged or not: only one category's models merge.
      loadRankings({
        ...state,
        period: "week",
        category,
        versions: state.category ? state.versions : "dated",
      }),
    ),
  );
}
