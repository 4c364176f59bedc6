import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DAILY_INTERVAL_MS } from "@/lib/data/refresh/daily-job";
import { fetchSessionCosts } from "@/lib/data/session-cost/upstream";
import { sampleSessionCosts } from "@/lib/data/session-cost/sample";
import { costRows, filterCostRows, formatUsd, sortCostRows } from "@/lib/derive/session-costs";
import { CallBudgetSpentError } from "@/lib/openrouter/catalogue";
import { UpstreamError } from "@/lib/openrouter/errors";

import {
  createFakeSessionCost,
  HOSTILE_HARNESS,
  SESSION_COST_AS_OF,
  SESSION_COST_PATH,
  sessionCostCells,
} from "../support/fake-session-cost";
import { describeOnEveryDriver } from "./test-databases";

// The session-cost dataset end to end below the pages: the walk over upstream's pages (against
// the fake upstream the browser tests use), the store's history of windows on both drivers,
// and the table's rows, filters and order.

const T = Date.parse("2026-11-24T02:00:00.000Z");
const NOW = () => Date.parse("2026-11-20T00:00:00Z");

let server: Server;
let baseUrl: string;
const fake = createFakeSessionCost();
const calls: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    calls.push(`${url.pathname}${url.search}`);
    if (url.pathname === SESSION_COST_PATH) return fake.serve(url, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function walk(beforeCall = async () => true) {
  return fetchSessionCosts({
    apiKey: "test-key",
    baseUrl,
    timeoutMs: 5_000,
    maxBytes: 8 * 1024 * 1024,
    now: NOW,
    beforeCall,
  });
}

describe("fetchSessionCosts", () => {
  it("gathers every page of the snapshot, each cell exactly as published", async () => {
    fake.reset();
    calls.length = 0;
    const fetched = await walk();
    expect(calls).toEqual([
      `${SESSION_COST_PATH}?limit=500&offset=0`,
      `${SESSION_COST_PATH}?limit=500&offset=500`,
    ]);
    if (!fetched.published) throw new Error("expected a published snapshot");
    expect(fetched).toMatchObject({
      asOf: SESSION_COST_AS_OF,
      windowDays: 30,
      windowEndDate: "2026-11-18",
    });
    const upstream = sessionCostCells();
    expect(fetched.cells).toHaveLength(620);
    expect(fetched.cells.map((cell) => cell.medianUsd)).toEqual(
      upstream.map((cell) => cell.median_session_cost_usd),
    );
    expect(fetched.cells[0]?.appName).toBe(HOSTILE_HARNESS);
    // A runaway name is cut to 200 characters at the edge; its slug, an identity, is kept.
    const long = fetched.cells.find((cell) => cell.appSlug === "harness-1");
    expect(Array.from(long?.appName ?? "")).toHaveLength(200);
    expect(long?.appName.endsWith("…")).toBe(true);
  });

  it("reads an answer with no window as not yet published, not as an error", async () => {
    fake.control("/session-cost", JSON.stringify({ unpublished: true }));
    expect(await walk()).toEqual({ published: false, asOf: SESSION_COST_AS_OF });
    fake.reset();
  });

  it("stops when the budget refuses a page, and refuses an upstream error", async () => {
    await expect(walk(async () => false)).rejects.toBeInstanceOf(CallBudgetSpentError);
    fake.control("/session-cost", JSON.stringify({ fault: { status: 500, body: "{}" } }));
    await expect(walk()).rejects.toBeInstanceOf(UpstreamError);
    fake.reset();
  });
});

describeOnEveryDriver("session costs", "session_costs", ({ openStore }) => {
  it("keeps one snapshot per window, the newest served, and a refetch changes nothing", async () => {
    const store = await openStore();
    const db = store.sessionCost;
    expect(await db.read()).toBeUndefined();
    const cells = sampleSessionCosts("2026-11-18").cells;
    const first = {
      published: true as const,
      asOf: "2026-11-19T02:00:00Z",
      windowDays: 30,
      windowEndDate: "2026-11-18",
      cells,
    };
    const finish = async (
      at: number,
      fetched: Parameters<typeof db.finish>[1] extends infer O
        ? O extends { ok: true; fetched: infer F }
          ? F
          : never
        : never,
    ) => {
      expect(await db.claim("a", new Date(at), 30_000)).toBe(true);
      await db.finish("a", {
        ok: true,
        at: new Date(at),
        nextAttemptAt: new Date(at + DAILY_INTERVAL_MS),
        fetched,
      });
    };
    await finish(T, first);
    expect(await db.read()).toEqual({
      cells,
      asOf: "2026-11-19T02:00:00Z",
      windowDays: 30,
      windowEndDate: "2026-11-18",
      fetchedAt: new Date(T).toISOString(),
    });
    const revision = await db.revision();
    // The same window fetched again a day later, unchanged: its first fetch time stays.
    await finish(T + DAILY_INTERVAL_MS, first);
    expect((await db.read())?.fetchedAt).toBe(new Date(T).toISOString());
    expect(await db.revision()).toBe(revision);
    // A new week's snapshot is the newest; the old one stays stored.
    const next = { ...first, asOf: "2026-11-26T02:00:00Z", windowEndDate: "2026-11-25" };
    await finish(T + 2 * DAILY_INTERVAL_MS, next);
    expect((await db.read())?.windowEndDate).toBe("2026-11-25");
    expect(await db.revision()).not.toBe(revision);
    // An unpublished answer stores nothing, and counts as a success.
    await finish(T + 3 * DAILY_INTERVAL_MS, { published: false, asOf: "2026-11-27T02:00:00Z" });
    expect((await db.read())?.windowEndDate).toBe("2026-11-25");
    expect((await db.state()).lastSuccessAt).toEqual(new Date(T + 3 * DAILY_INTERVAL_MS));
  });
});

describe("the costs table", () => {
  const cells = [
    { appSlug: "b", appName: "Beta", model: "m/two", turnRange: "1-turn", medianUsd: 0.5 },
    { appSlug: "a", appName: "Alpha", model: "m/one", turnRange: "1-turn", medianUsd: 0.25 },
    { appSlug: "a", appName: "Alpha", model: "m/one", turnRange: "50-plus-turns", medianUsd: 9.5 },
    { appSlug: "a", appName: "Alpha", model: "m/two", turnRange: "2-9-turns", medianUsd: 1.75 },
  ] as const;
  const rows = costRows(cells);
  const nameOf = (slug: string) => ({ "m/one": "Zeta One", "m/two": "Alpha Two" })[slug] ?? slug;

  it("has one row per harness and model, each median as published, none combined", () => {
    expect(rows).toEqual([
      { appSlug: "b", appName: "Beta", model: "m/two", medians: { "1-turn": 0.5 } },
      {
        appSlug: "a",
        appName: "Alpha",
        model: "m/one",
        medians: { "1-turn": 0.25, "50-plus-turns": 9.5 },
      },
      { appSlug: "a", appName: "Alpha", model: "m/two", medians: { "2-9-turns": 1.75 } },
    ]);
  });

  it("filters by harness, model and turn range, and sorts by name or dearest first", () => {
    const ids = (list: typeof rows) => list.map((row) => `${row.appSlug}:${row.model}`);
    expect(ids(filterCostRows(rows, { harness: "a", model: null, turns: null }))).toEqual([
      "a:m/one",
      "a:m/two",
    ]);
    expect(ids(filterCostRows(rows, { harness: null, model: null, turns: "1-turn" }))).toEqual([
      "b:m/two",
      "a:m/one",
    ]);
    expect(ids(sortCostRows(rows, "harness", nameOf))).toEqual(["a:m/two", "a:m/one", "b:m/two"]);
    expect(ids(sortCostRows(rows, "model", nameOf))).toEqual(["a:m/two", "b:m/two", "a:m/one"]);
    // By a turn range: dearest first, rows without that cell last.
    expect(ids(sortCostRows(rows, "1-turn", nameOf))).toEqual(["b:m/two", "a:m/one", "a:m/two"]);
  });

  it("writes dollars as people read a median", () => {
    expect(formatUsd(1.74)).toBe("$1.74");
    expect(formatUsd(0.0137)).toBe("$0.014");
    expect(formatUsd(1234.5)).toBe("$1,235");
  });
});
