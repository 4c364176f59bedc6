import "server-only";

import type { SearchParams } from "../../url-state/search-params";
import { parseCategoriesParams, parseTrendsParams } from "../../url-state/trends-params";
import { getPageQuery } from "../snapshot-view";
import { getCategoryTrends } from "./get-category-trends";
import { getTrend } from "./get-trend";

// A trends page and its embed show the same view: the day the header names, the settings the
// URL asks for (and those it could not read), and the series drawn.

export async function getTrendsView(searchParams: Promise<SearchParams>) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseTrendsParams(query);
  return { day, state, ignored, loaded: await getTrend({ ...state, category: null }) };
}

export async function getCategoriesView(searchParams: Promise<SearchParams>) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseCategoriesParams(query);
  return { day, state, ignored, loaded: await getCategoryTrends(state) };
}
