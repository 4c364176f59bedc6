import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { createCallBudget } from "@/lib/data/refresh/call-budget";
import { createRankingsRefresher } from "@/lib/data/refresh/rankings-refresher";
import { createLiveRankingsSource } from "@/lib/data/rankings/live-source";
import { migrate } from "@/lib/data/store/migrations";
import { createSnapshotStore, type SnapshotStore } from "@/lib/data/store/snapshot-store";
import { UpstreamError } from "@/lib/openrouter/errors";
import { fetchRankings } from "@/lib/openrouter/rankings-client";

import { answerFor, fakeModels } from "../support/fake-rankings";
import { embeddedDatabases, STARTUP_TIMEOUT_MS } from "./test-databases";

// The rankings refresher over a real (embedded) store and the real client, against a local
// server answering as the fake upstream does, on a clock the test moves.

const START = Date.parse("2026-11-24T02:00:00Z");
const models = fakeModels();
const databases = embeddedDatabases();
let server: Server;
let baseUrl: string;
const clock = { now: START };
const calls: URLSearchParams[] = [];
/** Status codes to answer with instead, one per call, in order. */
let faults: number[] = [];
/** Told of each call as it arrives. */
let onCall: (() => void) | undefined;

beforeAll(async () => {
  await databases.start();
  server = createServer((request, response) => {
    const params = new URL(request.url ?? "/", "http://local").searchParams;
    calls.push(params);
    onCall?.();
    const fault = faults.shift();
    const answer = fault
      ? { status: fault, body: { error: { code: fault } } }
      : answerFor(params, models, new Date(clock.now));
    // A 429 asks for two minutes, as a rate-limited upstream would.
    const wait = fault === 429 ? { "Retry-After": "120" } : {};
    response.writeHead(answer.status, { "Content-Type": "application/json", ...wait });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await databases.stop();
});

let store: SnapshotStore;
beforeEach(async () => {
  clock.now = START;
  calls.length = 0;
  faults = [];
  onCall = undefined;
  const db = await (await databases.freshSchema()).connect();
  await migrate(db);
  store = createSnapshotStore(db);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

function refresher(limits = { perMinute: 30, perDay: 300 }, holder = "replica-a") {
  return createRankingsRefresher({
    store: store.rankings,
    fetchRankings: (request) =>
      fetchRankings(
        { apiKey: "k", baseUrl, timeoutMs: 5_000, maxBytes: 16 << 20, now: () => clock.now },
        request,
      ),
    takeCall: () => createCallBudget(store.callLog, limits, () => clock.now).take("rankings"),
    holder,
    callLeaseMs: 15_000,
    maxBytes: 16 << 20,
    describeError: (error) =>
      error instanceof UpstreamError
        ? {
            code: error.failure,
            message: error.message,
            retryAfterSeconds: error.retryAfterSeconds,
          }
        : { code: "internal", message: "unexpected" },
    now: () => clock.now,
  });
}

const series = (period: "day" | "week" | "month", category: string | null = null) =>
  createLiveRankingsSource(store.rankings).series({
    period,
    category: category as null,
  });

// Each test makes up to 16 calls of a few MB into a real database: generous on a busy machine.
describe("the rankings refresher", { timeout: 60_000 }, () => {
  it("backfills the whole history in 15 calls, then nothing more that day", async () => {
    await refresher().runIfDue();
    expect(calls).toHaveLength(15);
    expect(calls.every((params) => params.get("start_date") === "2025-01-01")).toBe(true);
    const day = await series("day");
    expect(day).toMatchObject({
      firstDate: "2025-01-01",
      lastDate: "2026-11-23",
      status: { state: "ready" },
    });
    expect(day.rows).toHaveLength(692 * 51);
    expect((await series("week", "legal")).rows.at(-1)).toMatchObject({
      date: "2026-11-23",
      model: "other",
    });
    expect((await store.rankings.job.state()).nextAttemptAt).toEqual(
      new Date("2026-11-25T00:30:00Z"),
    );

    clock.now = START + 3_600_000;
    await refresher().runIfDue();
    expect(calls).toHaveLength(15);
  });

  it("the next day asks for the new day, this week and month, and the categories' last weeks", async () => {
    await refresher().runIfDue();
    clock.now = Date.parse("2026-11-25T00:30:00Z");
    calls.length = 0;
    await refresher().runIfDue();
    expect(calls.map((params) => params.get("start_date"))).toEqual([
      "2026-11-24",
      "2026-11-23",
      "2026-11-01",
      ...Array(12).fill("2026-10-26"),
    ]);
    expect((await series("day")).lastDate).toBe("2026-11-24");
    // The rows stored are what upstream answers now for the whole range, once more.
    const whole = answerFor(
      new URLSearchParams({ period: "week", start_date: "2025-01-01" }),
      models,
      new Date(clock.now),
    );
    const rows = (await series("week")).rows.map((row) => ({
      date: row.date,
      model_permaslug: row.model,
      total_tokens: row.totalTokens.toString(),
    }));
    expect(rows).toEqual(whole.body && "data" in whole.body ? whole.body.data : undefined);
  });

  it("stops when the call budget is spent and resumes where it stopped", async () => {
    const limits = { perMinute: 12, perDay: 300 };
    await refresher(limits).runIfDue();
    expect(calls).toHaveLength(10);
    const state = await store.rankings.job.state();
    expect(state).toMatchObject({ nextAttemptAt: new Date(START + 60_000), lastError: undefined });
    expect((await series("week", "academia")).status.state).toBe("backfilling");
    clock.now = START + 60_000;
    await refresher(limits).runIfDue();
    expect(calls).toHaveLength(15);
    expect((await series("week", "academia")).status.state).toBe("ready");
  });

  it("stops at an upstream outage, keeps what it stored and says which series are failing", async () => {
    await refresher().runIfDue();
    clock.now = Date.parse("2026-11-25T00:30:00Z");
    calls.length = 0;
    // The first call (day) succeeds, the second (week) answers 500: the run stops there.
    faults = [0, 500];
    await refresher().runIfDue();
    expect(calls).toHaveLength(2);
    expect((await series("day")).status).toMatchObject({ state: "ready" });
    const week = await series("week");
    expect(week.status).toMatchObject({ state: "failing", lastError: { code: "http_error" } });
    expect(week.lastDate).toBe("2026-11-23");
    expect((await series("week", "health")).status.state).toBe("failing");
    expect((await store.rankings.job.state()).nextAttemptAt).toEqual(
      new Date(clock.now + 3_600_000),
    );
  });

  it("retries within seconds while nothing is stored, and goes on past one series' refusal", async () => {
    faults = [503];
    await refresher().runIfDue();
    expect(calls).toHaveLength(1);
    expect((await series("month")).status).toMatchObject({
      state: "failing",
      lastError: { code: "http_error" },
    });
    expect((await store.rankings.job.state()).nextAttemptAt).toEqual(new Date(START + 5_000));

    clock.now = START + 5_000;
    faults = [0, 0, 400];
    await refresher().runIfDue();
    expect(calls).toHaveLength(16);
    expect((await series("month")).status.state).toBe("failing");
    expect((await series("week", "trivia")).status.state).toBe("ready");
    expect((await store.rankings.job.state()).nextAttemptAt).toEqual(
      new Date(clock.now + 3_600_000),
    );
  });

  it("waits out a rate limit's Retry-After before calling again", async () => {
    faults = [429];
    await refresher().runIfDue();
    expect((await store.rankings.job.state()).nextAttemptAt).toEqual(new Date(START + 120_000));
    expect((await series("day")).status).toMatchObject({
      state: "failing",
      lastError: { code: "rate_limited" },
    });
    clock.now = START + 119_999;
    await refresher().runIfDue();
    expect(calls).toHaveLength(1);
    clock.now = START + 120_000;
    await refresher().runIfDue();
    expect(calls).toHaveLength(16);
  });

  it("reads a series' rows from the store once per write, and holds them through an outage", async () => {
    await refresher().runIfDue();
    const read = vi.spyOn(store.rankings, "rows");
    const source = createLiveRankingsSource(store.rankings);
    const first = await source.series({ period: "day", category: null });
    const second = await source.series({ period: "day", category: null });
    expect(second.rows).toBe(first.rows);
    expect(read).toHaveBeenCalledTimes(1);

    // The store stops answering: the rows held are served, marked failing.
    vi.spyOn(store.rankings, "record").mockRejectedValue(new Error("connection refused"));
    const held = await source.series({ period: "day", category: null });
    expect(held.rows).toBe(first.rows);
    expect(held).toMatchObject({
      lastDate: "2026-11-23",
      status: { state: "failing", lastError: { code: "store" } },
    });
    // A series not held has nothing to serve: a StoreUnavailableError (a 503), not the raw cause.
    await expect(source.series({ period: "month", category: null })).rejects.toMatchObject({
      name: "StoreUnavailableError",
      message: "the rankings store did not answer for month",
    });
  });

  it("stopped mid-backfill, it ends after the call under way and hands the lease back due now", async () => {
    const stopping = refresher();
    let stopped: Promise<void> | undefined;
    onCall = () => {
      if (calls.length === 3) stopped = stopping.stop();
    };
    await stopping.runIfDue();
    await stopped;
    expect(calls).toHaveLength(3);
    const state = await store.rankings.job.state();
    expect(state.nextAttemptAt.getTime()).toBeLessThanOrEqual(clock.now);

    // Another replica takes over at once, with no lease to wait out, and makes the other 12.
    onCall = undefined;
    await refresher(undefined, "replica-b").runIfDue();
    expect(calls).toHaveLength(15);
    expect((await series("day")).status).toMatchObject({ state: "ready" });
  });
});
