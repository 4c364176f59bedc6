import { getCategoryTrends, getTrend, type Trend } from "@/lib/data";
import { firstValue, type SearchParams } from "@/lib/url-state/search-params";
import { parseCategoriesParams, parseTrendsParams } from "@/lib/url-state/trends-params";

import type { TrendChart } from "./trend-chart-card";
import { categoriesCharts, modelChart, providerChart, trendsCharts } from "./trend-charts";

/** What a chart's files answer: the chart, nothing held yet, or no such chart. */
export type ChartLookup =
  | { kind: "chart"; chart: TrendChart }
  | { kind: "backfilling"; status: Trend["series"]["status"] }
  | { kind: "unknown" };

function held(loaded: Trend) {
  return loaded.range ? { ...loaded, range: loaded.range } : null;
}

/** Every trends chart by its id, built from the query its page would read. */
export async function chartById(id: string, query: SearchParams): Promise<ChartLookup> {
  const pick = (charts: TrendChart[]): ChartLookup => {
    const chart = charts.find((item) => item.id === id);
    return chart ? { kind: "chart", chart } : { kind: "unknown" };
  };
  if (id === "trend-volume" || id === "trend-concentration") {
    const { state } = parseTrendsParams(query);
    const loaded = await getTrend({ ...state, category: null });
    const range = held(loaded);
    return range ? pick(trendsCharts(state, range)) : backfilling(loaded);
  }
  if (id === "trend-categories" || id.startsWith("trend-category-")) {
    const { state } = parseCategoriesParams(query);
    const all = await getCategoryTrends(state);
    const ranges = all.flatMap((item) => held(item) ?? []);
    const [first] = all;
    if (!first || ranges.length !== all.length)
      return first ? backfilling(first) : { kind: "unknown" };
    return pick(categoriesCharts(state, ranges));
  }
  if (id === "model-trend" || id === "provider-trend") {
    const period = id === "model-trend" ? "day" : "week";
    const loaded = await getTrend({ period, category: null, from: null, to: null });
    const range = held(loaded);
    if (!range) return backfilling(loaded);
    const model = firstValue(query.model);
    if (id === "provider-trend") return pick([providerChart(range)]);
    return model ? pick([modelChart(model, range)]) : { kind: "unknown" };
  }
  return { kind: "unknown" };
}

function backfilling(loaded: Trend): ChartLookup {
  return { kind: "backfilling", status: loaded.series.status };
}
