import { describe, expect, it } from "vitest";

import type { RankingsRow } from "@/lib/model";
import { categoryShares } from "@/lib/derive/trends/category-shares";
import { exactShare } from "@/lib/derive/trends/exact-share";
import { concentration, groupRankings, modelTrend } from "@/lib/derive/trends/group-rankings";
import {
  cutEdges,
  heldDays,
  resolveRange,
  wholeBuckets,
  withCutBuckets,
} from "@/lib/derive/trends/range";
import { latestLeader } from "@/lib/derive/trends/latest-leader";
import { bucketEnd, coveredThrough } from "@/lib/data/rankings/buckets";
import { binPoints, clipTable, partialNotes } from "@/lib/derive/trends/trend-table";
import { trendRows } from "@/lib/export/trend-rows";

// Past 2^53 (9,007,199,254,740,992), where a float would start dropping units.
const BIG = 9_007_199_254_740_993n;

const row = (date: string, model: string, totalTokens: bigint): RankingsRow => ({
  date,
  model,
  totalTokens,
});

const rows: RankingsRow[] = [
  row("2026-11-02", "openai/gpt-a", BIG),
  row("2026-11-02", "openai/gpt-b", 7n),
  row("2026-11-02", "anthropic/claude-c", 100n),
  row("2026-11-02", "other", 3n),
  row("2026-11-09", "anthropic/claude-c", BIG),
  row("2026-11-09", "openai/gpt-b", 10n),
  row("2026-11-09", "other", 1n),
];

describe("exactShare", () => {
  it("divides integers past 2^53 exactly to twelve places", () => {
    expect(exactShare(BIG, BIG * 4n)).toBe(0.25);
    expect(exactShare(1n, 3n)).toBe(0.333333333333);
    expect(exactShare(5n, 0n)).toBe(0);
  });
});

describe("groupRankings", () => {
  it("gives the top models over the range their own series, then the rest and the other row", () => {
    const table = groupRankings(rows, "week", "model", 2);
    expect(table.series.map((item) => [item.key, item.label, item.kind])).toEqual([
      ["s1", "anthropic/claude-c", "named"],
      ["s2", "openai/gpt-a", "named"],
      ["rest", "Other top-50 models", "rest"],
      ["outside", "Outside the top 50", "outside"],
    ]);
    expect(table.points).toEqual([
      {
        date: "2026-11-02",
        until: "2026-11-08",
        complete: true,
        values: [100n, BIG, 7n, 3n],
        total: BIG + 110n,
      },
      {
        date: "2026-11-09",
        until: "2026-11-15",
        complete: true,
        values: [BIG, null, 10n, 1n],
        total: BIG + 11n,
      },
    ]);
  });

  it("sums by provider, the slug's prefix; other is never a provider", () => {
    const table = groupRankings(rows, "week", "provider");
    expect(table.series.map((item) => item.label)).toEqual([
      "anthropic",
      "openai",
      "Outside the top 50",
    ]);
    // openai in week one: gpt-a + gpt-b, exact past 2^53.
    expect(table.points[0]?.values).toEqual([100n, BIG + 7n, 3n]);
    expect(table.points[1]?.values).toEqual([BIG, 10n, 1n]);
  });
});

describe("latestLeader", () => {
  // Weeks of Nov 2 and Nov 9, 2026: gpt-a leads the range, claude-c the latest week.
  const weeks = [
    ...rows,
    row("2026-11-02", "openai/gpt-a", BIG),
    row("2026-11-09", "openai/gpt-a", 5n),
  ];
  const range = { from: "2026-11-02", to: "2026-11-15" };
  const periods = (within: { from: string; to: string }) =>
    clipTable(concentration(weeks, "week"), within).points;

  it("names the latest complete period's leader, ranked among every member, with all its tokens", () => {
    const leader = latestLeader(
      weeks,
      "week",
      "model",
      periods(range),
      (model) => `Name of ${model}`,
    );
    expect(leader).toMatchObject({
      member: "anthropic/claude-c",
      label: "Name of anthropic/claude-c",
      tokens: BIG,
      point: { date: "2026-11-09", until: "2026-11-15", complete: true, total: BIG + 16n },
    });
    expect(groupRankings(weeks, "week", "model", 1).series[0]?.members).toEqual(["openai/gpt-a"]);
  });

  it("passes over a partial latest period to the last complete one, or takes it when none is", () => {
    const cut = { from: "2026-11-02", to: "2026-11-10" };
    expect(latestLeader(weeks, "week", "model", periods(cut), String)).toMatchObject({
      member: "openai/gpt-a",
      tokens: 2n * BIG,
      point: { date: "2026-11-02", complete: true, total: 2n * BIG + 110n },
    });
    const short = { from: "2026-11-10", to: "2026-11-11" };
    expect(latestLeader(weeks, "week", "provider", periods(short), String)).toMatchObject({
      member: "anthropic",
      point: { date: "2026-11-10", until: "2026-11-11", complete: false, total: BIG + 16n },
    });
    expect(latestLeader([], "week", "model", [], String)).toBeNull();
  });
});

describe("concentration", () => {
  it("puts each date's ranked rows against its other row", () => {
    const table = concentration(rows, "week");
    expect(table.points.map((point) => point.values)).toEqual([
      [BIG + 107n, 3n],
      [BIG + 10n, 1n],
    ]);
    expect(table.points[0]?.total).toBe(BIG + 110n);
  });
});

describe("modelTrend", () => {
  it("is the model's tokens per date, unknown where it is not ranked", () => {
    const table = modelTrend(rows, "week", "openai/gpt-a");
    expect(table.points.map((point) => point.values[0] ?? null)).toEqual([BIG, null]);
  });
});

describe("categoryShares", () => {
  it("divides each category's week by the sum over the categories that week", () => {
    const table = categoryShares([
      {
        category: "programming",
        label: "Programming",
        rows: [row("2026-11-02", "a/x", BIG), row("2026-11-02", "other", 3n)],
      },
      {
        category: "roleplay",
        label: "Roleplay",
        rows: [row("2026-11-02", "a/x", BIG + 1n), row("2026-11-09", "a/x", 4n)],
      },
    ]);
    expect(table.points).toEqual([
      {
        date: "2026-11-02",
        until: "2026-11-08",
        complete: true,
        values: [BIG + 3n, BIG + 1n],
        total: 2n * BIG + 4n,
      },
      { date: "2026-11-09", until: "2026-11-15", complete: true, values: [0n, 4n], total: 4n },
    ]);
    expect(exactShare(table.points[0]?.values[0] ?? 0n, table.points[0]?.total ?? 1n)).toBe(0.5);
  });
});

describe("binPoints", () => {
  it("merges consecutive dates so at most `max` are drawn, unknown only when all are", () => {
    const table = groupRankings(rows, "week", "model", 2);
    const binned = binPoints(table, 1);
    expect(binned.step).toBe(2);
    expect(binned.points).toEqual([
      {
        date: "2026-11-02",
        until: "2026-11-15",
        complete: true,
        values: [BIG + 100n, BIG, 17n, 4n],
        total: 2n * BIG + 121n,
      },
    ]);
    expect(binPoints(table, 5).points).toBe(table.points);
  });
});

describe("bucketEnd", () => {
  it("ends a day on itself, a week on Sunday and a month on its last day", () => {
    expect(bucketEnd("2026-11-18", "day")).toBe("2026-11-18");
    expect(bucketEnd("2026-11-16", "week")).toBe("2026-11-22");
    expect(bucketEnd("2024-02-01", "month")).toBe("2024-02-29");
    expect(bucketEnd("2026-12-01", "month")).toBe("2026-12-31");
  });
});

describe("coveredThrough", () => {
  const answer = (dates: string[], endDate: string) => ({
    rows: dates.map((date) => ({ date, model: "other", totalTokens: 1n })),
    asOf: "2026-11-24T00:00:00Z",
    startDate: "2025-01-01",
    endDate,
  });
  it("covers through the last row's bucket, never past the end asked for", () => {
    expect(coveredThrough(answer(["2026-11-01"], "2026-11-23"), "month")).toBe("2026-11-23");
    expect(coveredThrough(answer(["2026-10-01"], "2026-11-23"), "month")).toBe("2026-10-31");
    expect(coveredThrough(answer(["2026-11-16"], "2026-11-23"), "week")).toBe("2026-11-22");
    expect(coveredThrough(answer(["2026-11-10"], "2026-11-18"), "day")).toBe("2026-11-10");
  });
  it("covers nothing for an empty answer, whatever its end date says", () => {
    expect(coveredThrough(answer([], "2026-11-18"), "day")).toBe(null);
  });
});

describe("resolveRange", () => {
  const held = { firstDate: "2025-01-01", lastDate: "2026-11-20" };
  it("is everything held by default, and clamps what is asked to it", () => {
    expect(resolveRange({ from: null, to: null }, held)).toEqual({
      from: "2025-01-01",
      to: "2026-11-20",
    });
    expect(resolveRange({ from: "2024-06-01", to: "2030-01-01" }, held)).toEqual({
      from: "2025-01-01",
      to: "2026-11-20",
    });
    expect(resolveRange({ from: "2026-02-01", to: "2026-03-01" }, held)).toEqual({
      from: "2026-02-01",
      to: "2026-03-01",
    });
    expect(resolveRange({ from: null, to: null }, { firstDate: null, lastDate: null })).toBe(null);
  });
});

describe("trendRows", () => {
  it("writes exact token strings and full-precision shares, one row per date", () => {
    const { columns, rows: written } = trendRows(groupRankings(rows, "week", "model", 1), "share");
    expect(columns.map((column) => column.key)).toEqual([
      "date",
      "until",
      "complete",
      "tokens:anthropic/claude-c",
      "tokens:rest",
      "tokens:outside",
      "share:anthropic/claude-c",
      "share:rest",
      "share:outside",
      "total_tokens",
    ]);
    expect(written[1]).toEqual({
      date: "2026-11-09",
      until: "2026-11-15",
      complete: true,
      "tokens:anthropic/claude-c": "9007199254740993",
      "tokens:rest": "10",
      "tokens:outside": "1",
      "share:anthropic/claude-c": exactShare(BIG, BIG + 11n),
      "share:rest": exactShare(10n, BIG + 11n),
      "share:outside": exactShare(1n, BIG + 11n),
      total_tokens: "9007199254741004",
    });
  });
});

describe("ranges in days", () => {
  it("gives a series' real first and last day, not its buckets' edges", () => {
    expect(
      heldDays({
        period: "week",
        firstDate: "2024-12-30",
        lastDate: "2026-11-16",
        coveredThrough: "2026-11-18",
      }),
    ).toEqual({ firstDate: "2025-01-01", lastDate: "2026-11-18" });
    expect(
      heldDays({
        period: "month",
        firstDate: "2025-01-01",
        lastDate: "2026-10-01",
        coveredThrough: null,
      }),
    ).toEqual({ firstDate: "2025-01-01", lastDate: "2026-10-31" });
  });

  it("finds the weeks a range cuts where the data goes on, and widens a range to whole weeks", () => {
    const held = { from: "2025-01-01", to: "2026-11-18" };
    expect(cutEdges({ from: "2026-01-01", to: "2026-03-31" }, "week", held)).toEqual([
      { from: "2026-01-01", to: "2026-01-04" },
      { from: "2026-03-30", to: "2026-03-31" },
    ]);
    expect(cutEdges(held, "week", held)).toEqual([]);
    expect(cutEdges({ from: "2026-01-07", to: "2026-01-08" }, "week", held)).toEqual([
      { from: "2026-01-07", to: "2026-01-08" },
    ]);
    expect(cutEdges({ from: "2026-01-07", to: "2026-01-08" }, "day", held)).toEqual([]);
    expect(wholeBuckets({ from: "2026-01-01", to: "2026-03-31" }, "week", held)).toEqual({
      from: "2025-12-29",
      to: "2026-04-05",
    });
  });

  it("counts a cut week from its days inside the range, exactly", () => {
    const days: RankingsRow[] = [
      row("2026-11-02", "openai/gpt-a", BIG),
      row("2026-11-02", "other", 5n),
      row("2026-11-03", "openai/gpt-a", 2n),
      row("2026-11-03", "anthropic/claude-c", 4n),
      row("2026-11-03", "other", 1n),
      row("2026-11-04", "openai/gpt-a", 1000n),
      row("2026-11-04", "other", 1000n),
    ];
    const cut = withCutBuckets(rows, "week", [{ from: "2026-11-02", to: "2026-11-03" }], days);
    expect(cut).toEqual([
      row("2026-11-02", "openai/gpt-a", BIG + 2n),
      row("2026-11-02", "anthropic/claude-c", 4n),
      row("2026-11-02", "other", 6n),
      ...rows.filter((item) => item.date === "2026-11-09"),
    ]);
  });

  it("marks a point the range cuts as partial, dated by the days it counts", () => {
    const table = clipTable(concentration(rows, "week"), { from: "2026-11-04", to: "2026-11-15" });
    expect(table.points.map(({ date, until, complete }) => ({ date, until, complete }))).toEqual([
      { date: "2026-11-04", until: "2026-11-08", complete: false },
      { date: "2026-11-09", until: "2026-11-15", complete: true },
    ]);
    expect(partialNotes(table)).toEqual([
      "Partial week: the week of 2026-11-02 counts only 2026-11-04 to 2026-11-08.",
    ]);
    const three = {
      ...table,
      points: [...table.points, { ...table.points[1]!, date: "2026-11-16", until: "2026-11-22" }],
    };
    expect(binPoints(three, 2).points.map((point) => point.complete)).toEqual([false, false]);
    const whole = clipTable(concentration(rows, "week"), { from: "2026-11-02", to: "2026-11-15" });
    const merged = binPoints({ ...whole, points: [...whole.points, three.points[2]!] }, 2);
    expect(merged.points.map((point) => point.complete)).toEqual([true, false]);
  });
});
