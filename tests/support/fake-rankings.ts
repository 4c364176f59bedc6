import type { ServerResponse } from "node:http";

import { RANKINGS_CATEGORIES } from "../../lib/model";

// The rankings dataset (GET {base}/datasets/rankings-daily) as DATA-API.md documents it, for the
// fake upstream: deterministic generated data from 2025-01-01 to the last completed UTC day,
// the start clamped to 2025-01-01 (said in meta.start_date), the 30-day default range, week and
// month buckets (top 50 of the bucket's sums, then "other"), categories by week, and the
// documented 400s. Written apart from the app's own bucketing so a shared mistake cannot hide.
// Steered over the fake's control port:
//   POST /rankings/fault  {"status": 500, "body"?, "headers"?, "delayMs"?, "times"?}
//                         the next `times` rankings calls (all while absent) answer this instead
//   POST /rankings/reset  no fault

export const RANKINGS_PATH = "/datasets/rankings-daily";
export const FIRST_DAY = "2025-01-01";
const TOP = 50;
const MODELS = 64;
const CATEGORIES: readonly string[] = RANKINGS_CATEGORIES;
const EXACT_FILTERS = ["modality", "context_bucket"];
const SAMPLED_FILTERS = ["category", "language_type"];
const DAY_MS = 86_400_000;

/** One model of the fake's dataset: its slug and how many tokens it has on a day (0: none). */
export type FakeModel = { slug: string; tokensOn: (day: number) => bigint };

/** Two dated versions of one model in the catalogue fixture (tests/fixtures/catalogue.json). */
export const FAKE_VERSIONS = ["qwen/qwen3.5-coder-20260515", "qwen/qwen3.5-coder-20260820"];

/**
 * The fake's models; model 0 is huge, so sums pass 2^53 and only exact arithmetic keeps them.
 * Models 1 and 2 are the catalogue's two versions of one model, for ?versions=merged.
 */
export function fakeModels(): FakeModel[] {
  return Array.from({ length: MODELS }, (_, index) => {
    const slug =
      FAKE_VERSIONS[index - 1] ??
      `vendor-${index % 7}/model-${index}-2025${String((index % 12) + 1).padStart(2, "0")}01`;
    const launch = index < 55 ? 0 : (index - 54) * 60;
    return {
      slug: index === 3 ? `${slug}:free` : slug,
      tokensOn: (day) => {
        if (day < launch) return 0n;
        if (index === 0) return 9_007_199_254_740_993n + BigInt(day) * 7n;
        return BigInt((index * 7_919 + day * 104_729) % 1_000_003) * 1_000_000n + BigInt(index);
      },
    };
  });
}

type Row = { date: string; model_permaslug: string; total_tokens: string };
type Fault = {
  status: number;
  body: string;
  headers: Record<string, string>;
  delayMs: number;
  times: number | null;
};

export type FakeRankings = {
  /** Answers one rankings request (the caller has recorded the call). */
  serve(url: URL, response: ServerResponse): Promise<void>;
  /** Handles a control request under /rankings/; false when the path is not one. */
  control(pathname: string, body: string): boolean;
  reset(): void;
};

export function createFakeRankings(): FakeRankings {
  let fault: Fault | undefined;
  const models = fakeModels();

  return {
    async serve(url, response) {
      const current = fault;
      if (current) {
        if (current.times !== null && --current.times <= 0) fault = undefined;
        if (current.delayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, current.delayMs));
        if (response.destroyed) return;
        response.writeHead(current.status, {
          "Content-Type": "application/json",
          ...current.headers,
        });
        response.end(current.body);
        return;
      }
      const answer = answerFor(url.searchParams, models, new Date());
      response.writeHead(answer.status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(answer.body));
    },
    control(pathname, body) {
      if (pathname === "/rankings/reset") {
        fault = undefined;
        return true;
      }
      if (pathname !== "/rankings/fault") return false;
      const fields = JSON.parse(body) as Partial<Fault> & { body?: unknown };
      fault = {
        status: fields.status ?? 500,
        body: typeof fields.body === "string" ? fields.body : '{"error":{"code":500}}',
        headers: fields.headers ?? {},
        delayMs: fields.delayMs ?? 0,
        times: fields.times ?? null,
      };
      return true;
    },
    reset() {
      fault = undefined;
    },
  };
}

const dayIndex = (date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / DAY_MS);
const dateOf = (day: number) =>
  new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + day * DAY_MS).toISOString().slice(0, 10);
const isDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

function badRequest(message: string) {
  return { status: 400, body: { error: { code: 400, message } } };
}

/** What upstream answers to these parameters on `now`. */
export function answerFor(params: URLSearchParams, models: FakeModel[], now: Date) {
  const lastComplete = dateOf(dayIndex(now.toISOString().slice(0, 10)) - 1);
  const period = params.get("period") ?? "day";
  if (!["day", "week", "month"].includes(period)) return badRequest(`invalid period ${period}`);
  const filters = [...EXACT_FILTERS, ...SAMPLED_FILTERS].filter((name) => params.has(name));
  if (filters.length > 1) return badRequest(`${filters.join(" and ")} cannot be combined`);
  const category = params.get("category");
  if (category !== null && !CATEGORIES.includes(category))
    return badRequest(`unknown category ${category}`);
  if (category !== null && period === "day")
    return badRequest("category cannot be used with period=day");
  const end = params.get("end_date") ?? lastComplete;
  if (!isDate(end)) return badRequest("end_date must be YYYY-MM-DD");
  if (end < FIRST_DAY) return badRequest(`end_date is before ${FIRST_DAY}`);
  const askedStart = params.get("start_date") ?? dateOf(dayIndex(end) - 29);
  if (!isDate(askedStart)) return badRequest("start_date must be YYYY-MM-DD");
  const start = askedStart < FIRST_DAY ? FIRST_DAY : askedStart;
  if (end < start) return badRequest("end_date is before start_date");

  // Each bucket: the models' summed tokens and the total (the named models plus a long tail).
  const buckets = new Map<string, Map<string, bigint>>();
  const totals = new Map<string, bigint>();
  const lastDay = Math.min(dayIndex(end), dayIndex(lastComplete));
  for (let day = dayIndex(start); day <= lastDay; day += 1) {
    const date = bucketOf(dateOf(day), period);
    const sums = buckets.get(date) ?? new Map<string, bigint>();
    let total = totals.get(date) ?? 0n;
    for (const model of models) {
      const tokens = categoryShare(model.tokensOn(day), model.slug, category);
      if (tokens === 0n) continue;
      sums.set(model.slug, (sums.get(model.slug) ?? 0n) + tokens);
      total += tokens;
    }
    buckets.set(date, sums);
    totals.set(date, total + BigInt(day + 1) * 1_000_000_007n);
  }
  const data: Row[] = [];
  for (const [date, sums] of buckets) {
    const ranked = [...sums]
      .sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : 1) : x > y ? -1 : 1))
      .slice(0, TOP);
    let listed = 0n;
    for (const [slug, tokens] of ranked) {
      listed += tokens;
      data.push({ date, model_permaslug: slug, total_tokens: tokens.toString() });
    }
    data.push({
      date,
      model_permaslug: "other",
      total_tokens: ((totals.get(date) ?? 0n) - listed).toString(),
    });
  }
  return {
    status: 200,
    body: {
      data,
      meta: { as_of: `${lastComplete}T23:30:00Z`, start_date: start, end_date: end, version: "v1" },
    },
  };
}

function bucketOf(date: string, period: string): string {
  if (period === "month") return `${date.slice(0, 7)}-01`;
  if (period === "day") return date;
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return dateOf(dayIndex(date) - weekday);
}

/** A category's sampled estimate: a fixed, model-dependent fraction of the model's tokens. */
function categoryShare(tokens: bigint, slug: string, category: string | null): bigint {
  if (category === null) return tokens;
  const weight = BigInt((((CATEGORIES.indexOf(category) + 1) * 37 + slug.length * 11) % 97) + 1);
  return (tokens * weight) / 100n;
}
