import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { addDays, daysBetween } from "@/lib/model/dates";

import {
  APP_RANKINGS_FIRST_DAY,
  APP_RANKINGS_PATH,
  APP_SUBCATEGORIES,
  appRankingsAnswer,
  createFakeAppRankings,
  FAKE_APPS,
  type FakeApp,
  HOSTILE_APP,
  HOSTILE_APP_ID,
  HUGE_APP_ID,
  LONG_APP,
  LONG_APP_ID,
  TIED_APP_IDS,
} from "../support/fake-app-rankings";

// The fake upstream's app rankings against DATA-API.md: windows and their clamps, filters,
// paging with absolute ranks, trending's excess growth and exact totals. Expected figures are
// summed here day by day, apart from the fake's running totals.

const NOW = new Date("2026-11-19T12:00:00Z");

type Row = {
  app_id: number;
  app_name: string;
  rank: number;
  total_requests: number;
  total_tokens: string;
};
type Answer = {
  data: Row[];
  meta: { as_of: string; start_date: string; end_date: string; version: string };
};

function ask(query: Record<string, string>, now = NOW) {
  return appRankingsAnswer(new URLSearchParams(query), now);
}

function rows(query: Record<string, string>): Answer {
  const answer = ask(query);
  expect(answer.status).toBe(200);
  return answer.body as Answer;
}

/** Every ranked row: the two pages that paging allows reach all 130 apps. */
function allRows(query: Record<string, string>): Row[] {
  return [0, 100].flatMap((offset) => rows({ ...query, limit: "100", offset: `${offset}` }).data);
}

function appOf(id: number): FakeApp {
  const app = FAKE_APPS.find((candidate) => candidate.app_id === id);
  if (!app) throw new Error(`no app ${id}`);
  return app;
}

function summed(app: FakeApp, start: string, end: string): bigint {
  const first = Math.max(daysBetween(APP_RANKINGS_FIRST_DAY, start), 0);
  const last = daysBetween(APP_RANKINGS_FIRST_DAY, end);
  let total = 0n;
  for (let day = first; day <= last; day += 1) total += app.tokensOn(day);
  return total;
}

function expectBadRequest(query: Record<string, string>, message?: string) {
  const answer = ask(query);
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({ error: { code: 400, message: message ?? expect.any(String) } });
}

describe("the fake's app universe", () => {
  it("spreads 130 apps over all 15 subcategories, with the odd names among coding's top 20", () => {
    expect(FAKE_APPS).toHaveLength(130);
    expect(new Set(FAKE_APPS.map((app) => app.subcategory))).toEqual(
      new Set(Object.keys(APP_SUBCATEGORIES)),
    );
    expect(appOf(HOSTILE_APP_ID).app_name).toBe(HOSTILE_APP);
    expect(appOf(LONG_APP_ID).app_name).toBe(LONG_APP);
    const top20 = rows({ category: "coding", limit: "20" }).data.map((row) => row.app_id);
    expect(top20).toEqual(expect.arrayContaining([HUGE_APP_ID, HOSTILE_APP_ID, LONG_APP_ID]));
  });
});

describe("appRankingsAnswer", () => {
  it("ranks the 30 days to the last completed UTC day by default", () => {
    const { data, meta } = rows({});
    expect(meta).toEqual({
      as_of: "2026-11-19T02:00:00Z",
      start_date: "2026-10-20",
      end_date: "2026-11-18",
      version: "v1",
    });
    expect(data.map((row) => row.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (const row of data) {
      const app = appOf(row.app_id);
      expect(row.app_name).toBe(app.app_name);
      expect(row.total_tokens).toBe(summed(app, "2026-10-20", "2026-11-18").toString());
      expect(Number.isSafeInteger(row.total_requests)).toBe(true);
    }
  });

  it("cuts an end past the last completed day back to it, and says so", () => {
    const { meta } = rows({ start_date: "2026-11-01", end_date: "2026-12-31" });
    expect([meta.start_date, meta.end_date]).toEqual(["2026-11-01", "2026-11-18"]);
  });

  it("orders by tokens, ties by app_id", () => {
    const ranked = allRows({});
    const tokens = ranked.map((row) => BigInt(row.total_tokens));
    expect(tokens).toEqual([...tokens].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1)));
    const tied = ranked.filter((row) => (TIED_APP_IDS as readonly number[]).includes(row.app_id));
    expect(tied.map((row) => row.app_id)).toEqual([...TIED_APP_IDS]);
    expect(tied[0]?.total_tokens).toBe(tied[1]?.total_tokens);
    expect((tied[1]?.rank ?? 0) - (tied[0]?.rank ?? 0)).toBe(1);
  });

  it("refuses a limit outside 1 to 100 and an offset outside 0 to 100", () => {
    for (const limit of ["0", "101", "-1", "1.5", "ten", ""]) expectBadRequest({ limit });
    for (const offset of ["-1", "101", "2.5", "x"]) expectBadRequest({ offset });
    expectBadRequest({ limit: "0" }, "limit must be 1 to 100");
    const last = rows({ limit: "100", offset: "100" }).data;
    expect(last.map((row) => row.rank)).toEqual(Array.from({ length: 30 }, (_, i) => i + 101));
  });

  it("keeps ranks absolute: the first row of offset=50 is rank 51", () => {
    const whole = rows({ limit: "100" }).data;
    const page = rows({ offset: "50", limit: "10" }).data;
    expect(page[0]?.rank).toBe(51);
    expect(page).toEqual(whole.slice(50, 60));
  });

  it("renumbers ranks inside a group or subcategory", () => {
    const coding = rows({ category: "coding", limit: "100" }).data;
    expect(coding.map((row) => row.rank)).toEqual(coding.map((_, i) => i + 1));
    for (const row of coding) {
      expect(APP_SUBCATEGORIES[appOf(row.app_id).subcategory]).toBe("coding");
    }
  });

  it("lets a subcategory win over its group, and refuses a pair that disagrees", () => {
    const alone = rows({ subcategory: "cli-agent" });
    expect(alone.data.every((row) => appOf(row.app_id).subcategory === "cli-agent")).toBe(true);
    expect(rows({ subcategory: "cli-agent", category: "coding" })).toEqual(alone);
    expectBadRequest(
      { subcategory: "roleplay", category: "coding" },
      "subcategory roleplay is not in category coding",
    );
    expectBadRequest({ category: "games" }, "unknown category games");
    expectBadRequest({ subcategory: "chat" }, "unknown subcategory chat");
    expectBadRequest({ sort: "newest" }, "unknown sort newest");
  });

  it("trends by excess growth over the three windows before, leaving out apps without any", () => {
    const [start, end] = ["2026-09-01", "2026-09-30"];
    const excessOf = (app: FakeApp) =>
      3n * summed(app, start, end) - summed(app, addDays(start, -90), addDays(start, -1));
    const growing = FAKE_APPS.filter((app) => excessOf(app) > 0n);
    const trending = allRows({ sort: "trending", start_date: start, end_date: end });

    expect(trending.map((row) => row.app_id).sort((a, b) => a - b)).toEqual(
      growing.map((app) => app.app_id),
    );
    expect(growing.every((app) => app.grows)).toBe(true);
    expect(growing.length).toBeLessThan(FAKE_APPS.length);
    const excesses = trending.map((row) => excessOf(appOf(row.app_id)));
    expect(excesses).toEqual([...excesses].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1)));
    for (const row of trending) {
      expect(row.total_tokens).toBe(summed(appOf(row.app_id), start, end).toString());
    }
  });

  it("sends a total past 2^53 as its exact decimal string", () => {
    const row = rows({}).data.find((candidate) => candidate.app_id === HUGE_APP_ID);
    const exact = summed(appOf(HUGE_APP_ID), "2026-10-20", "2026-11-18");
    expect(exact).toBeGreaterThan(2n ** 53n);
    expect(row?.total_tokens).toBe(exact.toString());
    expect(Number.isSafeInteger(row?.total_requests)).toBe(true);
  });

  it("clamps a start before 2025-01-01 to it and leaves out apps without tokens then", () => {
    const { meta } = rows({ start_date: "2024-06-01", end_date: "2025-01-10" });
    expect([meta.start_date, meta.end_date]).toEqual(["2025-01-01", "2025-01-10"]);
    const ids = allRows({ start_date: "2025-03-01", end_date: "2025-12-31" }).map(
      (row) => row.app_id,
    );
    const late = FAKE_APPS.filter((app) => app.firstDay >= "2026-01-01");
    expect(late.length).toBeGreaterThan(0);
    expect(ids).toHaveLength(FAKE_APPS.length - late.length);
    for (const app of late) expect(ids).not.toContain(app.app_id);
  });

  it("refuses an end before 2025-01-01, malformed dates and a start after the end", () => {
    expectBadRequest({ end_date: "2024-12-31" }, "end_date is before 2025-01-01");
    expectBadRequest({ start_date: "2024-01-01", end_date: "2024-12-31" });
    expectBadRequest({ start_date: "2026-02-30" }, "start_date must be YYYY-MM-DD");
    expectBadRequest({ end_date: "20261118" }, "end_date must be YYYY-MM-DD");
    expectBadRequest(
      { start_date: "2026-11-10", end_date: "2026-11-01" },
      "start_date is after end_date",
    );
  });
});

describe("createFakeAppRankings", () => {
  const fake = createFakeAppRankings();
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) =>
      fake.serve(new URL(request.url ?? "/", "http://fake"), response),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers today's rankings, or the fault it is steered to until cleared or reset", async () => {
    const fetchStatus = async () => (await fetch(`${baseUrl}${APP_RANKINGS_PATH}?limit=1`)).status;
    expect(await fetchStatus()).toBe(200);
    expect(fake.control("/session-cost", "{}")).toBe(false);

    expect(fake.control("/apps", JSON.stringify({ fault: { status: 503, body: "down" } }))).toBe(
      true,
    );
    const faulted = await fetch(`${baseUrl}${APP_RANKINGS_PATH}`);
    expect([faulted.status, await faulted.text()]).toEqual([503, "down"]);
    fake.control("/apps", "{}");
    expect(await fetchStatus()).toBe(200);

    fake.control("/apps", JSON.stringify({ fault: { status: 500, body: "" } }));
    fake.reset();
    expect(await fetchStatus()).toBe(200);
  });
});
