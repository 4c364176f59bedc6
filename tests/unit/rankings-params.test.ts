import { describe, expect, it } from "vitest";

import { resolveRange as resolveDateRange } from "@/lib/derive/trends/range";
import { parseRankingsParams, type RankingsApiRequest } from "@/lib/url-state/rankings-params";
import { latestPlausibleDay } from "@/lib/model";

const parse = (query: string) => parseRankingsParams(new URLSearchParams(query));

describe("parseRankingsParams", () => {
  it("reads upstream's defaults: by day, by week with a category", () => {
    expect(parse("")).toEqual({
      ok: true,
      request: {
        period: "day",
        category: null,
        start: undefined,
        end: undefined,
        format: "json",
        versions: "dated",
        notices: [],
      },
    });
    expect(parse("category=marketing%2Fseo&format=csv")).toMatchObject({
      ok: true,
      request: { period: "week", category: "marketing/seo", format: "csv" },
    });
  });

  it("clamps a start before 2025-01-01 and says so", () => {
    expect(parse("start_date=2024-02-29&end_date=2025-01-01")).toMatchObject({
      ok: true,
      request: {
        start: "2025-01-01",
        end: "2025-01-01",
        notices: ["start_date 2024-02-29 is before the dataset's first day: read as 2025-01-01."],
      },
    });
  });

  it("reads an end past the last possible day (9999-12-31) as that day, and refuses such a start", () => {
    const latest = latestPlausibleDay(Date.now());
    expect(parse("start_date=2026-01-01&end_date=9999-12-31")).toMatchObject({
      ok: true,
      request: {
        start: "2026-01-01",
        end: latest,
        notices: [`end_date 9999-12-31 is after the last possible day: read as ${latest}.`],
      },
    });
    expect(parse("start_date=9999-12-31")).toEqual({
      ok: false,
      message: `start_date 9999-12-31 is after the last possible day, ${latest}.`,
    });
  });

  it.each([
    ["period=day&category=legal", "use period=week"],
    ["period=month&category=finance", "use period=week"],
    ["category=Legal", "category must be one of"],
    ["period=weekly", "period must be day, week or month"],
    ["end_date=2026-13-01", "end_date must be a date"],
    ["start_date=2025-02-02&end_date=2025-02-01", "is before start_date"],
    ["end_date=2024-12-31", "before the dataset's first day"],
    ["format=xlsx", "format must be json or csv"],
  ])("refuses %s", (query, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain(message);
  });
});

/** The API's range, as GET /api/rankings names its ends, by the one range resolution's API rule. */
function resolveRange({ start, end }: RankingsApiRequest, coveredThrough: string | null) {
  const range = resolveDateRange(
    { from: start ?? null, to: end ?? null },
    { firstDate: null, lastDate: null, coveredThrough },
    "upstream",
  );
  return range ? { start: range.from, end: range.to } : undefined;
}

describe("resolveRange", () => {
  const request = (query: string) => {
    const result = parse(query);
    if (!result.ok) throw new Error(result.message);
    return result.request;
  };

  it("defaults to the 30 days up to the last day covered, never before 2025-01-01", () => {
    expect(resolveRange(request(""), "2026-11-23")).toEqual({
      start: "2026-10-25",
      end: "2026-11-23",
    });
    expect(resolveRange(request(""), "2025-01-10")).toEqual({
      start: "2025-01-01",
      end: "2025-01-10",
    });
    expect(resolveRange(request("end_date=2025-06-30"), "2026-11-23")).toEqual({
      start: "2025-06-01",
      end: "2025-06-30",
    });
  });

  it("has no range while nothing is stored, whatever is asked", () => {
    expect(
      resolveRange(request("start_date=2025-03-01&end_date=2025-04-01"), null),
    ).toBeUndefined();
  });
});
