import { describe, expect, it } from "vitest";

import { addDays, RANKINGS_SERIES, seriesName } from "@/lib/model";
import {
  nextDailyRefresh,
  planRankingsCalls,
  REVISED_WEEKS,
} from "@/lib/data/refresh/rankings-plan";

const YESTERDAY = "2026-11-23";
const CAP = 16 * 1024 * 1024;

const through = (day: string | null) =>
  new Map(RANKINGS_SERIES.map((key) => [seriesName(key), day]));

describe("planRankingsCalls", () => {
  it("backfills every series with one call from 2025-01-01 to upstream's default end", () => {
    const plan = planRankingsCalls(new Map(), YESTERDAY, CAP);
    expect(plan).toHaveLength(15);
    expect(plan.every((call) => call.startDate === "2025-01-01" && !call.endDate)).toBe(true);
    expect(plan.slice(0, 4).map((call) => seriesName(call.key))).toEqual([
      "day",
      "week",
      "month",
      "week:programming",
    ]);
  });

  it("splits a range the body cap cannot hold into contiguous calls, ending on bucket edges", () => {
    // 51 rows × 160 bytes × 200 buckets: 200 days, 200 weeks or 200 × 28 days per call.
    const plan = planRankingsCalls(new Map(), YESTERDAY, 51 * 160 * 200);
    const days = plan.filter((call) => call.key.period === "day");
    expect(days.map((call) => [call.startDate, call.endDate])).toEqual([
      ["2025-01-01", "2025-07-19"],
      ["2025-07-20", "2026-02-04"],
      ["2026-02-05", "2026-08-23"],
      ["2026-08-24", undefined],
    ]);
    expect(plan.filter((call) => call.key.period !== "day")).toHaveLength(14);
  });

  it("fetches only the days after the last one fetched, whole buckets for weeks and months", () => {
    const plan = planRankingsCalls(through("2026-11-20"), YESTERDAY, CAP);
    const starts = new Map(plan.map((call) => [seriesName(call.key), call.startDate]));
    expect(starts.get("day")).toBe("2026-11-21");
    expect(starts.get("week")).toBe("2026-11-16");
    expect(starts.get("month")).toBe("2026-11-01");
    // The sampled categories: their trailing weeks again, upstream revises them.
    expect(starts.get("week:legal")).toBe(addDays("2026-11-16", -7 * REVISED_WEEKS));
    expect(plan.every((call) => !call.endDate)).toBe(true);
  });

  it("starts the next week afresh when the last fetch ended on a Sunday", () => {
    const plan = planRankingsCalls(through("2026-11-22"), YESTERDAY, CAP);
    expect(plan.find((call) => seriesName(call.key) === "week")?.startDate).toBe("2026-11-23");
  });

  it("plans nothing once every series is fetched through the last completed day", () => {
    expect(planRankingsCalls(through(YESTERDAY), YESTERDAY, CAP)).toEqual([]);
  });
});

it("refreshes daily, half an hour after the UTC day turns", () => {
  expect(new Date(nextDailyRefresh(Date.parse("2026-11-24T13:05:00Z"))).toISOString()).toBe(
    "2026-11-25T00:30:00.000Z",
  );
});
