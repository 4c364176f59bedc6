import { describe, expect, it } from "vitest";

import { createHistorySet, HISTORY_WINDOW_DAYS } from "@/lib/derive/history-set";
import {
  allTagSeries,
  collapsedGaps,
  macroSeries,
  MAX_SPELLED_GAP,
  spannedDays,
  storedPoints,
  tagSeries,
} from "@/lib/derive/series";
import { reshapeSnapshot } from "@/lib/openrouter/reshape";
import type { RawClassificationsData } from "@/lib/openrouter/schema";

import { fixtureData } from "./fixture-helpers";

/** The fixture re-dated, with code:general_impl's usage share set (or the tag removed). */
function day(asOf: string, generalUsage: number | null) {
  const data: RawClassificationsData = structuredClone(fixtureData());
  data.as_of = asOf;
  if (generalUsage === null) {
    data.classifications = data.classifications.filter((item) => item.tag !== "code:general_impl");
  } else {
    const item = data.classifications.find((candidate) => candidate.tag === "code:general_impl");
    if (item) item.usage_share = generalUsage;
  }
  return reshapeSnapshot(data);
}

// Stored: 15, 16, 18, 21 (17, 19, 20 missing); on the 16th the tag was not reported.
const SNAPSHOTS = [
  day("2026-11-18", 0.18),
  day("2026-11-15", 0.16),
  day("2026-11-21", 0.1842),
  day("2026-11-16", null),
];

describe("series over the stored snapshots", () => {
  it("have one point per calendar day and null on days with no snapshot, never interpolated", () => {
    const series = tagSeries(SNAPSHOTS, "code:general_impl");
    expect(series.map((point) => point.date)).toEqual([
      "2026-11-15",
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
    ]);
    expect(series.map((point) => point.usage)).toEqual([
      0.16,
      null,
      null,
      0.18,
      null,
      null,
      0.1842,
    ]);
    expect(series.map((point) => point.tokens)).toEqual([
      0.2611,
      null,
      null,
      0.2611,
      null,
      null,
      0.2611,
    ]);
    expect(storedPoints(series).map((point) => point.date)).toEqual([
      "2026-11-15",
      "2026-11-18",
      "2026-11-21",
    ]);
  });

  it("for every tag at once agree with the one-tag series", () => {
    const all = allTagSeries(SNAPSHOTS, ["code:general_impl", "translation", "unknown"]);
    expect(all.get("code:general_impl")).toEqual(tagSeries(SNAPSHOTS, "code:general_impl"));
    expect(all.get("translation")?.map((point) => point.usage)).toEqual([
      0.08,
      0.08,
      null,
      0.08,
      null,
      null,
      0.08,
    ]);
    expect(all.get("unknown")?.every((point) => point.usage === null)).toBe(true);
  });

  it("of macro-categories are null on missing days and 0 for a category a snapshot lacks", () => {
    const series = macroSeries(SNAPSHOTS);
    expect(series.keys.map((key) => key.key)).toEqual([
      "code",
      "data",
      "agent",
      "general",
      "media",
    ]);
    expect(series.points).toHaveLength(7);
    expect(series.points[0]?.usage).toEqual([0.4471, 0.041, 0.157, 0.3249, 0.03]);
    expect(series.points[2]?.usage).toEqual([null, null, null, null, null]);
    expect(series.points[6]?.tokens).toEqual([0.5938, 0.0312, 0.11, 0.245, 0.02]);
  });

  it("are empty with no snapshots", () => {
    expect(tagSeries([], "code:general_impl")).toEqual([]);
    expect(macroSeries([])).toEqual({ keys: [], points: [] });
  });
});

describe("series with a long run of missing days", () => {
  // One ancient snapshot before the fixture days: 2,508 days with nothing stored in between.
  const ANCIENT = [day("2020-01-01", 0.05), ...SNAPSHOTS];

  it("fold the run into one gap point that knows its range, and keep short gaps day by day", () => {
    const series = tagSeries(ANCIENT, "code:general_impl");
    expect(series).toEqual([
      { date: "2020-01-01", usage: 0.05, tokens: 0.2611 },
      { date: "2020-01-02", gapUntil: "2026-11-14", usage: null, tokens: null },
      { date: "2026-11-15", usage: 0.16, tokens: 0.2611 },
      { date: "2026-11-16", usage: null, tokens: null },
      { date: "2026-11-17", usage: null, tokens: null },
      { date: "2026-11-18", usage: 0.18, tokens: 0.2611 },
      { date: "2026-11-19", usage: null, tokens: null },
      { date: "2026-11-20", usage: null, tokens: null },
      { date: "2026-11-21", usage: 0.1842, tokens: 0.2611 },
    ]);
    expect(collapsedGaps(series)).toEqual([{ date: "2020-01-02", gapUntil: "2026-11-14" }]);
    // The calendar is counted, not listed: 2020-01-01 to 2026-11-21, both included.
    expect(spannedDays(series)).toBe(2517);
    expect(storedPoints(series)).toHaveLength(4);
  });

  it("have as many points whatever the span, at most 8 per stored day", () => {
    for (const ancient of ["2020-01-01", "1900-01-01"]) {
      const snapshots = [day(ancient, 0.05), ...SNAPSHOTS];
      const macro = macroSeries(snapshots);
      expect(macro.points).toHaveLength(9);
      expect(macro.points.length).toBeLessThanOrEqual(snapshots.length * (MAX_SPELLED_GAP + 1));
      expect(macro.points[1]).toMatchObject({ gapUntil: "2026-11-14", usage: Array(5).fill(null) });
      const all = allTagSeries(snapshots, ["code:general_impl", "translation"]);
      expect(all.get("translation")).toHaveLength(9);
      expect(all.get("code:general_impl")).toEqual(tagSeries(snapshots, "code:general_impl"));
    }
  });

  it("spell out a gap of exactly seven days, and fold one of eight", () => {
    const week = tagSeries([day("2026-11-01", 0.1), day("2026-11-09", 0.2)], "code:general_impl");
    expect(week.map((point) => point.date)).toEqual([
      "2026-11-01",
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
      "2026-11-05",
      "2026-11-06",
      "2026-11-07",
      "2026-11-08",
      "2026-11-09",
    ]);
    expect(collapsedGaps(week)).toEqual([]);
    const eight = tagSeries([day("2026-11-01", 0.1), day("2026-11-10", 0.2)], "code:general_impl");
    expect(eight).toEqual([
      { date: "2026-11-01", usage: 0.1, tokens: 0.2611 },
      { date: "2026-11-02", gapUntil: "2026-11-09", usage: null, tokens: null },
      { date: "2026-11-10", usage: 0.2, tokens: 0.2611 },
    ]);
    expect(spannedDays(eight)).toBe(10);
  });
});

describe("a history set", () => {
  const set = createHistorySet(SNAPSHOTS);

  it("sorts the stored dates and finds a snapshot by date", () => {
    expect(set.dates).toEqual(["2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"]);
    expect(set.find("2026-11-18")?.asOf).toBe("2026-11-18");
    expect(set.find("2026-11-17")).toBeUndefined();
  });

  it("shows a pinned date's history ending on that date, with its own comparisons", () => {
    const pinned = set.find("2026-11-18");
    if (!pinned) throw new Error("missing");
    const view = set.viewOf(pinned);
    expect(view.dates).toEqual(["2026-11-15", "2026-11-16", "2026-11-18"]);
    expect(view.comparisons.map((comparison) => comparison.baseAsOf)).toEqual(["2026-11-16"]);
    expect(view.tagSeries("code:general_impl").at(-1)).toEqual({
      date: "2026-11-18",
      usage: 0.18,
      tokens: 0.2611,
    });
    // On the 16th the tag was not reported, so against that base it is new.
    expect(view.changes("previous")?.tags.byKey.get("code:general_impl")).toEqual({ kind: "new" });
    expect(view.changes("7d")).toBeUndefined();
  });

  it("draws the last 90 days, while every stored day stays comparable", () => {
    // The 21st and a day exactly 90 days before it (the window's first), one before that, and
    // one 120 days back: the series start at the window; dates and comparisons keep them all.
    const year = createHistorySet([
      day("2026-07-24", 0.1),
      day("2026-08-23", 0.12),
      day("2026-08-24", 0.14),
      day("2026-11-21", 0.2),
    ]);
    const latest = year.find("2026-11-21");
    if (!latest) throw new Error("missing");
    const view = year.viewOf(latest);
    expect(HISTORY_WINDOW_DAYS).toBe(90);
    expect(view.dates).toEqual(["2026-07-24", "2026-08-23", "2026-08-24", "2026-11-21"]);
    expect(view.olderDays).toBe(2);
    const series = view.tagSeries("code:general_impl");
    expect(series[0]).toEqual({ date: "2026-08-24", usage: 0.14, tokens: 0.2611 });
    expect(storedPoints(series).map((point) => point.date)).toEqual(["2026-08-24", "2026-11-21"]);
    expect(view.macroSeries().points[0]?.date).toBe("2026-08-24");
    expect(
      view.seriesOf((stored) => ({ usageShare: stored.tags.length, tokenShare: 0 }))[0]?.date,
    ).toBe("2026-08-24");
    expect(view.changes("2026-07-24")?.comparison.baseAsOf).toBe("2026-07-24");
  });

  it("computes each view once per snapshot", () => {
    const latest = set.find("2026-11-21");
    if (!latest) throw new Error("missing");
    const view = set.viewOf(latest);
    expect(set.viewOf(latest)).toBe(view);
    expect(view.changes("previous")).toBe(view.changes("previous"));
    const change = view.changes("previous")?.tags.byKey.get("code:general_impl");
    expect(change?.kind === "changed" && change.usage).toBeCloseTo(0.0042, 10);
  });

  it("accepts a current snapshot newer than anything stored", () => {
    const view = set.viewOf(day("2026-11-22", 0.19));
    expect(view.dates.at(-1)).toBe("2026-11-22");
    expect(view.comparisons[0]).toEqual({ key: "previous", baseAsOf: "2026-11-21", days: 1 });
  });
});
