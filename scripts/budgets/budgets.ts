import type { BudgetRow } from "./budget-table";
import { formatKiB, type FirstLoadJs } from "./first-load-js";
import type { LighthouseResult } from "./lighthouse";

// The budgets of issues 7 and 20, and the rows that set each measured figure beside its budget.

/** Every view (issue 32), by the name BENCH_PAGES picks it with. */
export const ROUTES = [
  { name: "overview", path: "/" },
  { name: "drill-down", path: "/tags/code%3Ageneral_impl" },
  { name: "models", path: "/models" },
  { name: "model-profile", path: "/models/anthropic/claude-opus-5.5-20260921" },
  { name: "providers", path: "/providers" },
  { name: "trends", path: "/trends" },
  { name: "categories", path: "/trends/categories" },
  { name: "category", path: "/trends/categories?category=programming" },
  { name: "changes", path: "/changes" },
  // Results pages ask search engines not to index them: Lighthouse's SEO score says so.
  { name: "search", path: "/search?q=code", indexed: false },
  { name: "apps", path: "/apps" },
  { name: "costs", path: "/costs" },
] as const;

export const FIRST_LOAD_JS_MAX_BYTES = 160 * 1024;
export const THROUGHPUT_RATIO_MIN = 0.5;
/**
 * Lighthouse performance is budgeted against the bare Next page measured in the same run (the
 * floor the framework and this machine set), not as an absolute score: how far below it a page
 * may score, and how much more blocking time it may add.
 */
const PERFORMANCE_BELOW_BARE_MAX = { mobile: 0.03, desktop: 0.01 } as const;
const TBT_ABOVE_BARE_MAX_MS = 200;

const score = (value: number) => value.toFixed(2);
const kib = (bytes: number) => formatKiB(bytes);

export function firstLoadRows(pages: readonly FirstLoadJs[], bare?: FirstLoadJs): BudgetRow[] {
  const rows: BudgetRow[] = pages.map((page) => ({
    figure: `first-load JS, gzip: ${page.route}`,
    value: page.gzipBytes,
    budget: { atMost: FIRST_LOAD_JS_MAX_BYTES },
    format: kib,
  }));
  if (bare)
    rows.push({ figure: "first-load JS, gzip: bare Next app", value: bare.gzipBytes, format: kib });
  return rows;
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** Each page's figures; performance and blocking time against the bare page's of its preset. */
export function lighthouseRows(
  results: readonly LighthouseResult[],
  bare: readonly LighthouseResult[],
): BudgetRow[] {
  return results.flatMap((result) => {
    const { pathname, search } = new URL(result.url);
    const path = `${pathname}${search}`;
    const label = (figure: string) =>
      `Lighthouse ${result.preset} ${figure}: ${path} (median of ${result.runs})`;
    const floor = bare.find((baseline) => baseline.preset === result.preset);
    const indexed = !ROUTES.some((route) => route.path === path && "indexed" in route);
    return [
      {
        figure: label("performance"),
        value: result.performance,
        budget: floor
          ? { atLeast: floor.performance - PERFORMANCE_BELOW_BARE_MAX[result.preset] }
          : undefined,
        format: score,
      },
      {
        figure: label("total blocking time"),
        value: result.tbt,
        budget: floor ? { atMost: floor.tbt + TBT_ABOVE_BARE_MAX_MS } : undefined,
        format: ms,
      },
      { figure: label("LCP"), value: result.lcp, format: ms },
      {
        figure: label("accessibility"),
        value: result.accessibility,
        budget: { atLeast: 1 },
        format: score,
      },
      {
        figure: label("best practices"),
        value: result.bestPractices,
        budget: { atLeast: 1 },
        format: score,
      },
      {
        figure: label("SEO"),
        value: result.seo,
        budget: indexed ? { atLeast: 1 } : undefined,
        format: score,
      },
      {
        figure: label("CLS"),
        value: result.cls,
        budget: { atMost: 0 },
        format: (value) => value.toFixed(3),
      },
    ];
  });
}

/** The bare Next app's Lighthouse figures: the floor the pages' budgets are set from. */
export function baselineLighthouseRows(results: readonly LighthouseResult[]): BudgetRow[] {
  return results.flatMap((result) => {
    const label = (figure: string) =>
      `Lighthouse ${result.preset} ${figure}: bare Next app (median of ${result.runs})`;
    return [
      { figure: label("performance"), value: result.performance, format: score },
      { figure: label("total blocking time"), value: result.tbt, format: ms },
      { figure: label("LCP"), value: result.lcp, format: ms },
    ];
  });
}

/** Each script of a page, largest first: where the first-load bytes go. */
export function scriptBreakdown(page: FirstLoadJs): string {
  const scripts = [...page.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [
    `${page.route}: ${scripts.length} scripts, ${kib(page.gzipBytes)} gzip`,
    ...scripts.map(
      (script) =>
        `  ${kib(script.gzipBytes).padStart(10)} gzip  ${kib(script.bytes).padStart(10)} raw  ${new URL(script.url).pathname}`,
    ),
  ].join("\n");
}

export type Throughput = { name: string; path: string; rps: number; p50: number; p99: number };

/**
 * Requests/s and latencies of a static file, the overview and every other target. The cached
 * overview keeps at least half the static file's pace; every other view, and the API's answers,
 * at least half the overview's (each answered from the same render or answer cache).
 */
export function throughputRows(
  staticFile: Throughput,
  overview: Throughput,
  others: readonly Throughput[],
): BudgetRow[] {
  const rate = (value: number) => `${Math.round(value)} req/s`;
  const ms = (value: number) => `${value} ms`;
  const times = (value: number) => `${value.toFixed(2)}×`;
  const latencies = (target: Throughput): BudgetRow[] => [
    { figure: `latency p50: ${target.name}`, value: target.p50, format: ms },
    { figure: `latency p99: ${target.name}`, value: target.p99, format: ms },
  ];
  return [
    { figure: `throughput: ${staticFile.name}`, value: staticFile.rps, format: rate },
    ...latencies(staticFile),
    { figure: `throughput: ${overview.name}`, value: overview.rps, format: rate },
    {
      figure: `throughput ÷ static file: ${overview.name}`,
      value: overview.rps / staticFile.rps,
      budget: { atLeast: THROUGHPUT_RATIO_MIN },
      format: times,
    },
    ...latencies(overview),
    ...others.flatMap((target): BudgetRow[] => [
      { figure: `throughput: ${target.name}`, value: target.rps, format: rate },
      {
        figure: `throughput ÷ overview: ${target.name}`,
        value: target.rps / overview.rps,
        budget: { atLeast: THROUGHPUT_RATIO_MIN },
        format: times,
      },
      ...latencies(target),
    ]),
  ];
}
