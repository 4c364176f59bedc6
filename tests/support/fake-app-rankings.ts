import type { ServerResponse } from "node:http";

import { addDays, daysBetween, isIsoDate } from "../../lib/model/dates";

// OpenRouter's app rankings (GET {base}/datasets/app-rankings) for the fake upstream, as
// DATA-API.md documents it: the top apps by tokens inside a date window of generated daily
// traffic from 2025-01-01 to the last completed UTC day (by default the 30 days to it; a start
// before 2025-01-01 is clamped and an end past the last completed day cut back, both said in
// meta), `popular` or `trending` (tokens above the average of the three equal windows before),
// one group or subcategory, `limit` 1 to 100 and `offset` 0 to 100 with absolute ranks, and the
// documented 400s. Its 130 apps cover the 15 subcategories; among them a hostile name, one far
// past any real name's length, one whose 30-day total passes 2^53, three that start in 2026 and
// two with the same traffic (a tie). The subcategory map is written apart from the app's own
// (lib/model/apps.ts) so a shared mistake cannot hide. Steered through the fake's control port:
//   POST /apps  {"fault": {"status", "body"}} (every apps call answers it) or {} (no fault)

export const APP_RANKINGS_PATH = "/datasets/app-rankings";
export const APP_RANKINGS_FIRST_DAY = "2025-01-01";

/** Upstream's subcategories and the marketplace group each belongs to. */
export const APP_SUBCATEGORIES = {
  "cli-agent": "coding",
  "ide-extension": "coding",
  "cloud-agent": "coding",
  "programming-app": "coding",
  "native-app-builder": "coding",
  "creative-writing": "creative",
  "video-gen": "creative",
  "image-gen": "creative",
  "audio-gen": "creative",
  roleplay: "entertainment",
  game: "entertainment",
  "writing-assistant": "productivity",
  "general-chat": "productivity",
  "personal-agent": "productivity",
  legal: "productivity",
} as const;
export type FakeSubcategory = keyof typeof APP_SUBCATEGORIES;
const SUBCATEGORIES = Object.keys(APP_SUBCATEGORIES) as FakeSubcategory[];
const CATEGORIES: ReadonlySet<string> = new Set(Object.values(APP_SUBCATEGORIES));

export const HOSTILE_APP = '<img src=x onerror=alert(1)> "App" & co';
export const LONG_APP = "A".repeat(150_000);

const APP_COUNT = 130;
const FIRST_APP_ID = 1000;
// Apps 0 to 4 are coding apps and, growing or near the top, stay in its top 20 on any day.
const HUGE_INDEX = 0;
const HOSTILE_INDEX = 2;
const LONG_INDEX = 4;
export const HUGE_APP_ID = FIRST_APP_ID + HUGE_INDEX;
export const HOSTILE_APP_ID = FIRST_APP_ID + HOSTILE_INDEX;
export const LONG_APP_ID = FIRST_APP_ID + LONG_INDEX;
/** App 101 has app 100's traffic, day by day: a tie, which app_id breaks. */
const TWIN_INDEX = 101;
export const TIED_APP_IDS = [FIRST_APP_ID + TWIN_INDEX - 1, FIRST_APP_ID + TWIN_INDEX] as const;
/** Apps with no traffic before these days (a cli-agent, a game, a creative-writing app). */
const LATE_STARTS = new Map([
  [30, "2026-01-01"],
  [70, "2026-04-01"],
  [110, "2026-07-01"],
]);
const HUGE_DAILY_TOKENS = 400_000_000_000_000n;

export type FakeApp = {
  app_id: number;
  app_name: string;
  subcategory: FakeSubcategory;
  /** Its first day with traffic. */
  firstDay: string;
  /** Growing apps gain tokens every day; the others lose some every day. */
  grows: boolean;
  /** Its tokens on a day, counted in days from 2025-01-01. */
  tokensOn: (day: number) => bigint;
  /** Every app's requests are its tokens divided by this. */
  tokensPerRequest: bigint;
};

/** The fake's apps, in app_id order. */
export const FAKE_APPS: readonly FakeApp[] = Array.from({ length: APP_COUNT }, (_, index) =>
  fakeApp(index),
);

function fakeApp(index: number): FakeApp {
  const traffic = index === TWIN_INDEX ? index - 1 : index;
  const firstDay = LATE_STARTS.get(traffic) ?? APP_RANKINGS_FIRST_DAY;
  const launch = dayIndex(firstDay);
  const grows = traffic % 2 === 0;
  const base =
    traffic === HUGE_INDEX
      ? HUGE_DAILY_TOKENS
      : BigInt((APP_COUNT + 1 - traffic) ** 2) * 100_000_000n;
  return {
    app_id: FIRST_APP_ID + index,
    app_name: appName(index),
    subcategory: SUBCATEGORIES[index % SUBCATEGORIES.length] ?? "general-chat",
    firstDay,
    grows,
    // The daily change (over 20,000 tokens for the smallest app, through 2033) outweighs the
    // wobble (under 1,000), so a growing app always has excess growth and a shrinking one has
    // none once the three windows before are inside the dataset.
    tokensOn: (day) => {
      if (day < launch) return 0n;
      const age = BigInt(day - launch);
      const trend = grows ? (base * (1_000n + age)) / 1_000n : (base * 1_000n) / (1_000n + age);
      return trend + BigInt((traffic * 7_919 + day * 104_729) % 1_000);
    },
    tokensPerRequest: BigInt(1_500 + ((traffic * 389) % 3_000)),
  };
}

function appName(index: number): string {
  if (index === HUGE_INDEX) return "Coder One";
  if (index === HOSTILE_INDEX) return HOSTILE_APP;
  if (index === LONG_INDEX) return LONG_APP;
  return `App ${index}`;
}

/** Days from 2025-01-01, the index of the apps' daily traffic. */
function dayIndex(date: string): number {
  return daysBetween(APP_RANKINGS_FIRST_DAY, date);
}

// Running totals per app (entry d: its tokens on days 0 to d - 1), grown on demand, so that a
// window's sum costs two lookups however long the window or however many windows are asked.
const runningTotals = new Map<number, bigint[]>();

function tokensBefore(app: FakeApp, day: number): bigint {
  if (day <= 0) return 0n;
  const totals = runningTotals.get(app.app_id) ?? [0n];
  runningTotals.set(app.app_id, totals);
  for (let sum = totals[totals.length - 1] ?? 0n; totals.length <= day;) {
    sum += app.tokensOn(totals.length - 1);
    totals.push(sum);
  }
  return totals[day] ?? 0n;
}

/** An app's tokens from day `first` to day `last`, both included (none before 2025-01-01). */
function tokensBetween(app: FakeApp, first: number, last: number): bigint {
  return tokensBefore(app, last + 1) - tokensBefore(app, first);
}

class BadRequest extends Error {}

type Window = { start: string; end: string };
type Sort = "popular" | "trending";

/** When the answer was published: 02:00 UTC on the day after its last completed day. */
function appRankingsAsOf(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T02:00:00Z`;
}

/** What upstream answers to these parameters on `now`. */
export function appRankingsAnswer(
  params: URLSearchParams,
  now: Date,
): { status: number; body: unknown } {
  try {
    const window = readWindow(params, addDays(now.toISOString().slice(0, 10), -1));
    const sort = readSort(params);
    const inScope = readScope(params);
    const limit = readCount(params, "limit", { min: 1, max: 100, fallback: 50 });
    const offset = readCount(params, "offset", { min: 0, max: 100, fallback: 0 });
    const ranked = rankApps(
      FAKE_APPS.filter((app) => inScope(app.subcategory)),
      window,
      sort,
    );
    const data = ranked.slice(offset, offset + limit).map(({ app, tokens }, index) => ({
      app_id: app.app_id,
      app_name: app.app_name,
      rank: offset + index + 1,
      total_requests: Number(tokens / app.tokensPerRequest),
      total_tokens: tokens.toString(),
    }));
    const meta = {
      as_of: appRankingsAsOf(now),
      start_date: window.start,
      end_date: window.end,
      version: "v1",
    };
    return { status: 200, body: { data, meta } };
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error;
    return { status: 400, body: { error: { code: 400, message: error.message } } };
  }
}

function readWindow(params: URLSearchParams, lastComplete: string): Window {
  const askedEnd = params.get("end_date");
  if (askedEnd !== null && !isIsoDate(askedEnd))
    throw new BadRequest("end_date must be YYYY-MM-DD");
  if (askedEnd !== null && askedEnd < APP_RANKINGS_FIRST_DAY) {
    throw new BadRequest(`end_date is before ${APP_RANKINGS_FIRST_DAY}`);
  }
  const end = askedEnd === null || askedEnd > lastComplete ? lastComplete : askedEnd;
  const askedStart = params.get("start_date") ?? addDays(end, -29);
  if (!isIsoDate(askedStart)) throw new BadRequest("start_date must be YYYY-MM-DD");
  const start = askedStart < APP_RANKINGS_FIRST_DAY ? APP_RANKINGS_FIRST_DAY : askedStart;
  if (start > end) throw new BadRequest("start_date is after end_date");
  return { start, end };
}

function readSort(params: URLSearchParams): Sort {
  const sort = params.get("sort") ?? "popular";
  if (sort !== "popular" && sort !== "trending") throw new BadRequest(`unknown sort ${sort}`);
  return sort;
}

/** Which subcategories the answer ranks; a subcategory wins over its (agreeing) group. */
function readScope(params: URLSearchParams): (subcategory: FakeSubcategory) => boolean {
  const category = params.get("category");
  const subcategory = params.get("subcategory");
  if (category !== null && !CATEGORIES.has(category)) {
    throw new BadRequest(`unknown category ${category}`);
  }
  if (subcategory === null) {
    return (candidate) => category === null || APP_SUBCATEGORIES[candidate] === category;
  }
  const known = SUBCATEGORIES.find((candidate) => candidate === subcategory);
  if (known === undefined) throw new BadRequest(`unknown subcategory ${subcategory}`);
  if (category !== null && APP_SUBCATEGORIES[known] !== category) {
    throw new BadRequest(`subcategory ${subcategory} is not in category ${category}`);
  }
  return (candidate) => candidate === known;
}

function readCount(
  params: URLSearchParams,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const text = params.get(name);
  if (text === null) return fallback;
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(count) || count < min || count > max)
    throw new BadRequest(`${name} must be ${min} to ${max}`);
  return count;
}

/** The apps with a score in the window, best first (ties by app_id), each with its tokens. */
function rankApps(apps: readonly FakeApp[], window: Window, sort: Sort) {
  const first = dayIndex(window.start);
  const last = dayIndex(window.end);
  const length = last - first + 1;
  const ranked: { app: FakeApp; tokens: bigint; score: bigint }[] = [];
  for (const app of apps) {
    const tokens = tokensBetween(app, first, last);
    // Trending's excess is tripled, so the three windows' average stays an exact integer.
    const score =
      sort === "popular" ? tokens : 3n * tokens - tokensBetween(app, first - 3 * length, first - 1);
    // Left out: apps without tokens in the window, and (trending) without excess growth.
    if (score > 0n) ranked.push({ app, tokens, score });
  }
  return ranked.sort((a, b) =>
    a.score === b.score ? a.app.app_id - b.app.app_id : a.score > b.score ? -1 : 1,
  );
}

type Fault = { status: number; body: unknown };

export function createFakeAppRankings() {
  let fault: Fault | undefined;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  return {
    serve(url: URL, response: ServerResponse) {
      if (fault) return send(response, fault.status, fault.body);
      const answer = appRankingsAnswer(url.searchParams, new Date());
      send(response, answer.status, answer.body);
    },
    control(pathname: string, body: string): boolean {
      if (pathname !== "/apps") return false;
      const steer = JSON.parse(body || "{}") as { fault?: Fault | null };
      fault = steer.fault
        ? { status: steer.fault.status, body: steer.fault.body ?? "" }
        : undefined;
      return true;
    },
    reset() {
      fault = undefined;
    },
  };
}
