import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { tagHistoryCsv } from "@/lib/export/history-csv";
import { tagHistory } from "@/lib/derive/tag-history";
import type { RawClassificationsData } from "@/lib/openrouter/schema";

import { fixtureData, NEXT_DAY_FIXTURE } from "./fixture-helpers";

const DAYS: RawClassificationsData[] = [fixtureData(), fixtureData(NEXT_DAY_FIXTURE)];

describe("a tag's history for export", () => {
  it("carries the stored values exactly, one point per date that lists the tag", () => {
    const points = tagHistory(DAYS, "code:general_impl");
    expect(points.map((point) => [point.as_of, point.usage_share, point.token_share])).toEqual([
      ["2026-11-21", 0.1842, 0.2611],
      ["2026-11-22", 0.1903, 0.2611],
    ]);
    expect(points[0]?.models[0]).toEqual({
      id: "anthropic/claude-opus-5.5-20260921",
      tag_usage_share: 0.214,
      tag_token_share: 0.263,
    });
    expect(tagHistory(DAYS, "nope")).toEqual([]);
  });

  it("as CSV has a header, one row per date each citing its own date, and reads back exactly", () => {
    const csv = tagHistoryCsv("code:general_impl", tagHistory(DAYS, "code:general_impl"));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "as_of,tag,display_name,macro_category,usage_share,token_share,category_usage_share,category_token_share,window_days,citation",
    );
    expect(lines[1]).toBe(
      '2026-11-21,code:general_impl,Code Generation,code,0.1842,0.2611,0.412,0.4397,7,"Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21."',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
  });

  it("as CSV defuses spreadsheet formulas in upstream strings", () => {
    const hostile = structuredClone(fixtureData());
    const tag = hostile.classifications.find((item) => item.tag === "translation");
    if (!tag) throw new Error("fixture lacks translation");
    tag.display_name = '=HYPERLINK("http://evil.example","x")';
    tag.macro_category = "@sum(A1)";
    const csv = tagHistoryCsv("translation", tagHistory([hostile], "translation"));
    const row = Papa.parse<string[]>(csv.trim()).data[1];
    expect(row?.[2]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(row?.[3]).toBe("'@sum(A1)");
    expect(row?.[4]).toBe("0.08");
  });
});
