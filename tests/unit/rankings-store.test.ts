import { expect, it } from "vitest";

import type { RankingsAnswer } from "@/lib/model";

import { describeOnEveryDriver } from "./test-databases";

// The rankings storage's contract, on both drivers: rows kept exactly and in upstream's order,
// a date replaced only by an answer that holds it, coverage and errors per series.

const answer = (
  rows: [string, string, bigint][],
  asOf = "2026-11-24T06:00:00Z",
): RankingsAnswer => ({
  rows: rows.map(([date, model, totalTokens]) => ({ date, model, totalTokens })),
  asOf,
  startDate: rows[0]?.[0] ?? "2026-11-20",
  endDate: rows.at(-1)?.[0] ?? "2026-11-20",
});

const SAVED = new Date("2026-11-24T02:00:00Z");
const HUGE = 123_456_789_012_345_678_901_234_567n;

describeOnEveryDriver("rankings store", "rankings_store", ({ openStore }) => {
  it("keeps rows exactly, in upstream's order within a date, dates ascending", async () => {
    const { rankings } = await openStore();
    await rankings.save(
      "week:marketing/seo",
      answer([
        ["2026-11-09", "z/last-alphabetically", HUGE],
        ["2026-11-09", "a/first", 9_007_199_254_740_993n],
        ["2026-11-09", "other", 0n],
        ["2026-11-16", "m/middle", 5n],
        ["2026-11-16", "other", 7n],
      ]),
      SAVED,
    );
    expect(await rankings.rows("week:marketing/seo")).toEqual([
      { date: "2026-11-09", model: "z/last-alphabetically", totalTokens: HUGE },
      { date: "2026-11-09", model: "a/first", totalTokens: 9_007_199_254_740_993n },
      { date: "2026-11-09", model: "other", totalTokens: 0n },
      { date: "2026-11-16", model: "m/middle", totalTokens: 5n },
      { date: "2026-11-16", model: "other", totalTokens: 7n },
    ]);
    expect(await rankings.rows("week")).toEqual([]);
    expect(await rankings.record("week:marketing/seo")).toMatchObject({
      asOf: "2026-11-24T06:00:00Z",
      fetchedThrough: "2026-11-16",
      firstDate: "2026-11-09",
      lastDate: "2026-11-16",
      refreshedAt: SAVED,
      lastError: undefined,
    });
  });

  it("replaces the dates an answer holds and leaves the others, however short the answer", async () => {
    const { rankings } = await openStore();
    await rankings.save(
      "day",
      answer([
        ["2026-11-20", "a/x", 1n],
        ["2026-11-21", "a/x", 2n],
      ]),
      SAVED,
    );
    const before = await rankings.record("day");
    await rankings.save(
      "day",
      answer(
        [
          ["2026-11-21", "b/y", 3n],
          ["2026-11-21", "other", 4n],
          ["2026-11-22", "a/x", 5n],
        ],
        "2026-11-25T06:00:00Z",
      ),
      SAVED,
    );
    await rankings.save(
      "day",
      { ...answer([], "2026-11-26T06:00:00Z"), endDate: "2026-11-23" },
      SAVED,
    );
    expect(
      (await rankings.rows("day")).map((row) => [row.date, row.model, row.totalTokens]),
    ).toEqual([
      ["2026-11-20", "a/x", 1n],
      ["2026-11-21", "b/y", 3n],
      ["2026-11-21", "other", 4n],
      ["2026-11-22", "a/x", 5n],
    ]);
    const after = await rankings.record("day");
    // The empty answer said it ran through 2026-11-23; only rows count as covered.
    expect(after).toMatchObject({
      asOf: "2026-11-26T06:00:00Z",
      fetchedThrough: "2026-11-22",
      firstDate: "2026-11-20",
      lastDate: "2026-11-22",
    });
    expect(after?.storedAt?.getTime()).toBeGreaterThan(before?.storedAt?.getTime() ?? Infinity);
  });

  it("records a series' failure without touching its rows, and lists every series", async () => {
    const { rankings } = await openStore();
    const at = new Date("2026-11-24T03:00:00Z");
    await rankings.recordError("month", {
      code: "http_error",
      message: "upstream answered HTTP 500",
      at,
    });
    await rankings.save("day", answer([["2026-11-20", "a/x", 1n]]), SAVED);
    await rankings.recordError("day", { code: "timeout", message: "slow", at });
    const records = await rankings.records();
    expect([...records.keys()].sort()).toEqual(["day", "month"]);
    expect(records.get("month")).toMatchObject({
      storedAt: null,
      fetchedThrough: null,
      lastError: { code: "http_error", message: "upstream answered HTTP 500", at },
    });
    expect(records.get("day")).toMatchObject({
      lastDate: "2026-11-20",
      lastError: { code: "timeout" },
    });
    expect(await rankings.rows("day")).toHaveLength(1);
  });

  it("lets one replica at a time run the refresh", async () => {
    const [first, second] = await Promise.all([openStore(), openStore()]);
    const now = new Date("2026-11-24T03:00:00Z");
    const claims = await Promise.all([
      first.rankings.job.claim("a", now, 15_000),
      second.rankings.job.claim("b", now, 15_000),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const holder = claims[0] ? "a" : "b";
    const later = new Date("2026-11-25T00:30:00Z");
    await first.rankings.job.finish(holder, { ok: true, at: now, nextAttemptAt: later });
    expect(await second.rankings.job.claim("b", new Date(later.getTime() - 1), 15_000)).toBe(false);
    expect(await second.rankings.job.claim("b", later, 15_000)).toBe(true);
  });
});
