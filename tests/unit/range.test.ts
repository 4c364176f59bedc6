import { describe, expect, it } from "vitest";

import { getTrend } from "@/lib/data";
import { resolveRange } from "@/lib/derive/trends/range";

// One range resolution for the trends pages and GET /api/rankings: the rules differ only in
// their defaults, and both come from the same function.

const held = { firstDate: "2025-01-06", lastDate: "2026-11-16", coveredThrough: "2026-11-20" };

describe("resolveRange, the view rule (pages, pictures, their files)", () => {
  it("is everything held by default", () => {
    expect(resolveRange({ from: null, to: null }, held)).toEqual({
      from: "2025-01-06",
      to: "2026-11-16",
    });
  });

  it("clamps what is asked into what is held, and an end before the start to the end", () => {
    expect(resolveRange({ from: "2024-01-01", to: "2027-01-01" }, held, "view")).toEqual({
      from: "2025-01-06",
      to: "2026-11-16",
    });
    expect(resolveRange({ from: "2026-12-01", to: null }, held, "view")).toEqual({
      from: "2026-11-16",
      to: "2026-11-16",
    });
  });

  it("has none while nothing is held", () => {
    const empty = { firstDate: null, lastDate: null, coveredThrough: null };
    expect(resolveRange({ from: "2025-03-01", to: null }, empty, "view")).toBe(null);
  });
});

describe("resolveRange, the upstream rule (GET /api/rankings)", () => {
  it("defaults to the 30 days up to the last day covered, never before 2025-01-01", () => {
    expect(resolveRange({ from: null, to: null }, held, "upstream")).toEqual({
      from: "2026-10-22",
      to: "2026-11-20",
    });
    expect(
      resolveRange(
        { from: null, to: "2025-01-10" },
        { ...held, coveredThrough: "2025-01-10" },
        "upstream",
      ),
    ).toEqual({ from: "2025-01-01", to: "2025-01-10" });
  });

  it("keeps what is asked, also past the last day covered", () => {
    expect(resolveRange({ from: "2025-03-01", to: "2027-01-01" }, held, "upstream")).toEqual({
      from: "2025-03-01",
      to: "2027-01-01",
    });
  });

  it("has none while nothing is covered", () => {
    expect(
      resolveRange({ from: null, to: null }, { ...held, coveredThrough: null }, "upstream"),
    ).toBe(null);
  });
});

describe("getTrend (the bundled sample's rankings)", () => {
  it("reads a page's range: all the days held by default, the rows narrowed to what is asked", async () => {
    const all = await getTrend({ period: "week", category: null, from: null, to: null });
    // The days the data holds, not the first and last buckets' dates (the first week starts in 2024).
    expect(all.held).toEqual({ firstDate: "2025-01-01", lastDate: all.series.coveredThrough });
    expect(all.range).toEqual({ from: all.held.firstDate, to: all.held.lastDate });
    expect(all.series.rows[0]?.date).toBe(all.series.firstDate);
    expect(all.citedDay).toBe(all.series.asOf.slice(0, 10));

    const last = all.series.lastDate ?? "";
    const narrowed = await getTrend({ period: "week", category: null, from: last, to: null });
    expect(narrowed.range).toEqual({ from: last, to: all.held.lastDate });
    expect(new Set(narrowed.series.rows.map((row) => row.date))).toEqual(new Set([last]));
  });

  it("reads the API's range by the upstream rule from the same series", async () => {
    const trend = await getTrend({
      period: "day",
      category: null,
      from: null,
      to: null,
      rule: "upstream",
    });
    const covered = trend.series.coveredThrough ?? "";
    expect(trend.range?.to).toBe(covered);
    expect(trend.series.rows.every((row) => row.date >= (trend.range?.from ?? ""))).toBe(true);
    expect(new Set(trend.series.rows.map((row) => row.date)).size).toBe(30);
  });

  it("has no range for a view whose dates hold no row", async () => {
    const after = await getTrend({ period: "day", category: null, from: "2099-01-01", to: null });
    expect(after.range).toBe(null);
    expect(after.series.rows).toEqual([]);
  });
});
