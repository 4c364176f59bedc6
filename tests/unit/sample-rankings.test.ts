import { describe, expect, it } from "vitest";

import { bucketStart, TOP_MODELS } from "@/lib/data/rankings/buckets";
import { sampleRankings, sampleSeries } from "@/lib/data/rankings/sample-rankings";
import { createSampleRankingsSource } from "@/lib/data/rankings/sample-source";
import { OTHER_MODELS, RANKINGS_CATEGORIES, type RankingsRow } from "@/lib/model";
import { rawClassificationsResponseSchema } from "@/lib/openrouter/schema";

import { sampleJson } from "./fixture-helpers";

const newest = rawClassificationsResponseSchema.parse(sampleJson()).data;
const sampleIds = [
  ...new Set(newest.classifications.flatMap((item) => item.models.map((model) => model.id))),
];
const rankings = sampleRankings(newest.as_of, sampleIds);
const day = sampleSeries(rankings, { period: "day", category: null });

function byDate(rows: RankingsRow[]): Map<string, RankingsRow[]> {
  const dates = new Map<string, RankingsRow[]>();
  for (const row of rows) dates.set(row.date, [...(dates.get(row.date) ?? []), row]);
  return dates;
}

const sum = (rows: RankingsRow[]) => rows.reduce((total, row) => total + row.totalTokens, 0n);

describe("the sample rankings", () => {
  it("are the same on every run", () => {
    const again = sampleRankings(newest.as_of, sampleIds);
    expect([...again.keys()]).toEqual([...rankings.keys()]);
    for (const [name, rows] of rankings) expect(again.get(name)).toEqual(rows);
  });

  it("run daily from 2025-01-01 to the sample's day, top 50 then other on each date", () => {
    const dates = byDate(day);
    expect([...dates.keys()][0]).toBe("2025-01-01");
    expect([...dates.keys()].at(-1)).toBe(newest.as_of);
    for (const rows of dates.values()) {
      expect(rows).toHaveLength(TOP_MODELS + 1);
      expect(rows.at(-1)?.model).toBe(OTHER_MODELS);
      const ranked = rows.slice(0, -1).map((row) => row.totalTokens);
      expect(ranked).toEqual([...ranked].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
      expect(rows.every((row) => row.totalTokens > 0n)).toBe(true);
    }
    expect(day.map((row) => row.date)).toEqual([...day.map((row) => row.date)].sort());
  });

  it("name every model of the sample snapshot, climbing after launch", () => {
    const lastDate = byDate(day).get(newest.as_of) ?? [];
    for (const id of sampleIds) expect(lastDate.map((row) => row.model)).toContain(id);
    const opus = "anthropic/claude-opus-5.5-20260921";
    expect(day.some((row) => row.model === opus && row.date < "2026-09-21")).toBe(false);
    const tokensOn = (date: string) =>
      day.find((row) => row.model === opus && row.date === date)?.totalTokens ?? 0n;
    expect(tokensOn("2026-10-20")).toBeGreaterThan(tokensOn("2026-09-25"));
  });

  it("build weeks and months as upstream does: the bucket's total, its top 50 by summed tokens", () => {
    const days = byDate(day);
    for (const period of ["week", "month"] as const) {
      const buckets = byDate(sampleSeries(rankings, { period, category: null }));
      for (const [date, rows] of buckets) {
        const inBucket = [...days].filter(([dayDate]) => bucketStart(dayDate, period) === date);
        expect(sum(rows)).toBe(inBucket.reduce((total, [, dayRows]) => total + sum(dayRows), 0n));
        const first = rows[0];
        if (!first) throw new Error(`no rows on ${date}`);
        // The leader's bucket figure is the sum of its daily rows (it is in every day's top 50).
        const daily = inBucket.map(
          ([, dayRows]) => dayRows.find((row) => row.model === first.model)?.totalTokens ?? 0n,
        );
        expect(first.totalTokens).toBe(daily.reduce((total, tokens) => total + tokens, 0n));
      }
      expect([...buckets.keys()][0]).toBe(period === "week" ? "2024-12-30" : "2025-01-01");
    }
  });

  it("give programming ~11 % of categorised tokens in January 2025 and over half by December", () => {
    const share = (week: string) => {
      const totals = RANKINGS_CATEGORIES.map((category) =>
        sum(
          sampleSeries(rankings, { period: "week", category }).filter((row) => row.date === week),
        ),
      );
      return Number(totals[0]) / Number(totals.reduce((total, tokens) => total + tokens, 0n));
    };
    expect(share("2025-01-06")).toBeGreaterThan(0.1);
    expect(share("2025-01-06")).toBeLessThan(0.14);
    expect(share("2025-12-01")).toBeGreaterThan(0.5);
  });

  it("are served as sample data with their coverage", async () => {
    const source = createSampleRankingsSource(newest);
    const held = await source.series({ period: "week", category: "programming" });
    expect(source.source).toBe("sample");
    expect(held).toMatchObject({ firstDate: "2024-12-30", status: { state: "ready" } });
    expect(held.lastDate).toBe(bucketStart(newest.as_of, "week"));
  });
});
