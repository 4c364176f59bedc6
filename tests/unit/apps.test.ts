import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { planAppCalls, wantedAppWindows } from "@/lib/data/apps/plan";
import { sampleApps } from "@/lib/data/apps/sample";
import { fetchAppWindow } from "@/lib/data/apps/upstream";
import { limitsFor } from "@/lib/data/refresh/call-budget";
import { appsPage, appsWindowChoices, codingShares } from "@/lib/derive/apps";
import { appWindowKey, isCalendarMonth, monthRange } from "@/lib/model";
import { UpstreamError } from "@/lib/openrouter/errors";

import {
  appRankingsAnswer,
  createFakeAppRankings,
  HUGE_APP_ID,
  LONG_APP_ID,
} from "../support/fake-app-rankings";

// The app rankings below the pages: which windows the job keeps and in what order, one window's
// fetch against the fake upstream the browser tests use, the budget's share for them, and the
// page's figures over the sample's windows.

const LAST = "2026-12-06";

describe("the apps plan", () => {
  it("asks for the rolling windows first, then the windows before them, then every month", () => {
    const wanted = wantedAppWindows(LAST);
    // 3 rolling windows × 5 groups popular and trending, 15 subcategories for the 30 days,
    // the 30 windows just before, and 23 completed months × 5 groups.
    expect(wanted).toHaveLength(15 + 15 + 15 + 30 + 23 * 5);
    expect(wanted[0]).toEqual({
      startDate: "2026-11-30",
      endDate: LAST,
      sort: "popular",
      scope: "all",
    });
    expect(wanted[1]).toMatchObject({ startDate: "2026-11-30", scope: "coding" });
    expect(wanted.slice(0, 45).every((key) => key.endDate === LAST)).toBe(true);
    expect(wanted[45]).toEqual({
      startDate: "2026-11-23",
      endDate: "2026-11-29",
      sort: "popular",
      scope: "all",
    });
    const months = wanted.slice(75);
    expect(months.every(isCalendarMonth)).toBe(true);
    expect(months[0]).toEqual({ ...monthRange("2026-11"), sort: "popular", scope: "all" });
    expect(months.at(-1)).toEqual({
      ...monthRange("2025-01"),
      sort: "popular",
      scope: "entertainment",
    });
    expect(new Set(wanted.map(appWindowKey)).size).toBe(wanted.length);
  });

  it("a day later asks for the 75 rolling windows again; the last day of a month adds that month", () => {
    const stored = new Set(wantedAppWindows(LAST).map(appWindowKey));
    const next = planAppCalls(stored, "2026-12-07");
    expect(next).toHaveLength(75);
    expect(planAppCalls(stored, LAST)).toEqual([]);
    const midMonth = planAppCalls(
      new Set(wantedAppWindows("2026-11-14").map(appWindowKey)),
      "2026-11-15",
    );
    expect(midMonth.filter(isCalendarMonth)).toEqual([]);
    const newMonth = planAppCalls(
      new Set(wantedAppWindows("2026-10-30").map(appWindowKey)),
      "2026-10-31",
    ).filter(isCalendarMonth);
    expect(newMonth).toEqual(
      ["all", "coding", "creative", "productivity", "entertainment"].map((scope) => ({
        ...monthRange("2026-10"),
        sort: "popular",
        scope,
      })),
    );
    expect(monthRange("2024-02")).toEqual({ startDate: "2024-02-01", endDate: "2024-02-29" });
  });

  it("the apps take at most half of each limit, after every other dataset", () => {
    expect(limitsFor("apps", { perMinute: 30, perDay: 500 })).toEqual({
      perMinute: 15,
      perDay: 250,
    });
    expect(limitsFor("rankings", { perMinute: 30, perDay: 500 })).toEqual({
      perMinute: 25,
      perDay: 334,
    });
  });
});

describe("fetchAppWindow", () => {
  let server: Server;
  let baseUrl: string;
  const fake = createFakeAppRankings();
  let lagDays = 0;
  const asked: URLSearchParams[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://fake");
      asked.push(url.searchParams);
      if (lagDays > 0) {
        // Upstream has not finished the last days: it cuts the window's end back.
        const end = url.searchParams.get("end_date") ?? "";
        const cut = new Date(Date.parse(`${end}T00:00:00Z`) - lagDays * 86_400_000);
        url.searchParams.set("end_date", cut.toISOString().slice(0, 10));
      }
      fake.serve(url, response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const config = () => ({
    apiKey: "test-key",
    baseUrl,
    timeoutMs: 5_000,
    maxBytes: 8 * 1024 * 1024,
  });
  const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  it("asks for exactly the window and keeps every row as published, past 2^53 included", async () => {
    lagDays = 0;
    const key = {
      startDate: "2026-03-01",
      endDate: "2026-03-31",
      sort: "popular",
      scope: "cli-agent",
    } as const;
    const fetched = await fetchAppWindow(config(), key);
    expect(Object.fromEntries(asked.at(-1) ?? [])).toEqual({
      start_date: "2026-03-01",
      end_date: "2026-03-31",
      sort: "popular",
      subcategory: "cli-agent",
      limit: "100",
    });
    if (!fetched.published) throw new Error("expected a window");
    const body = appRankingsAnswer(
      new URLSearchParams({
        start_date: "2026-03-01",
        end_date: "2026-03-31",
        subcategory: "cli-agent",
        limit: "100",
      }),
      new Date(),
    ).body as { data: { app_id: number; total_tokens: string; rank: number }[] };
    expect(fetched.window.rows.map((row) => [row.appId, row.rank, row.totalTokens])).toEqual(
      body.data.map((row) => [row.app_id, row.rank, row.total_tokens]),
    );
    const huge = fetched.window.rows.find((row) => row.appId === HUGE_APP_ID);
    expect(BigInt(huge?.totalTokens ?? "0") > 2n ** 53n).toBe(true);

    const coding = await fetchAppWindow(config(), { ...key, scope: "coding" });
    if (!coding.published) throw new Error("expected a window");
    const long = coding.window.rows.find((row) => row.appId === LONG_APP_ID);
    expect(Array.from(long?.appName ?? "")).toHaveLength(200);
  });

  it("an answer ending before the day asked for is not published yet, not a fault", async () => {
    lagDays = 1;
    const end = yesterday();
    const fetched = await fetchAppWindow(config(), {
      startDate: "2026-11-01",
      endDate: end,
      sort: "popular",
      scope: "all",
    });
    expect(fetched).toEqual({
      published: false,
      publishedThrough: new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10),
    });
    lagDays = 0;
  });

  it("a refused answer is an upstream error naming upstream's message", async () => {
    fake.control(
      "/apps",
      JSON.stringify({ fault: { status: 400, body: '{"error":{"code":400,"message":"bad"}}' } }),
    );
    await expect(
      fetchAppWindow(config(), {
        startDate: "2026-03-01",
        endDate: "2026-03-31",
        sort: "popular",
        scope: "all",
      }),
    ).rejects.toBeInstanceOf(UpstreamError);
    fake.reset();
  });
});

describe("the apps page's figures", () => {
  const holding = sampleApps("2026-12-06T00:00:00Z");

  it("shares of the ranked apps' tokens, rank changes against the window before, months", async () => {
    const page = await appsPage(holding, { window: "30d", scope: "all", sort: "popular" });
    if (!page) throw new Error("expected the default window");
    expect(page.window).toMatchObject({ startDate: "2026-11-07", endDate: "2026-12-06" });
    expect(page.previous).toMatchObject({ startDate: "2026-10-08", endDate: "2026-11-06" });
    const total = page.rows.reduce((sum, row) => sum + BigInt(row.totalTokens), 0n);
    expect(page.rankedTokens).toBe(total);
    expect(page.rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 4);
    for (const row of page.rows) {
      const before = page.previous?.rows.find((candidate) => candidate.appId === row.appId);
      expect(row.rankChange).toBe(before ? before.rank - row.rank : "new");
      expect(row.months).toHaveLength(page.months.length);
    }
    expect(page.months[0]).toBe("2025-01");
    expect(page.months.at(-1)).toBe("2026-11");
  });

  it("trending has no rank change; a subcategory is kept for the 30 days only", async () => {
    const trending = await appsPage(holding, { window: "7d", scope: "coding", sort: "trending" });
    expect(trending?.rows.every((row) => row.rankChange === null)).toBe(true);
    expect(appsWindowChoices(holding, "cli-agent", "popular")).toEqual(["30d"]);
    expect(appsWindowChoices(holding, "all", "trending")).toEqual(["7d", "30d", "90d"]);
    expect(appsWindowChoices(holding, "coding", "popular").slice(0, 4)).toEqual([
      "7d",
      "30d",
      "90d",
      "2026-11",
    ]);
    expect(
      await appsPage(holding, { window: "2026-03", scope: "cli-agent", sort: "popular" }),
    ).toBe(undefined);
  });

  it("the coding apps' shares by month add up to the whole, the rest together", async () => {
    const shares = await codingShares(holding);
    if (!shares) throw new Error("expected coding months");
    expect(shares.apps).toHaveLength(6);
    shares.months.forEach((_, index) => {
      const sum = shares.apps.reduce((total, app) => total + (app.shares[index] ?? 0), 0);
      expect(sum + (shares.others[index] ?? 0)).toBeCloseTo(1, 4);
    });
  });
});
