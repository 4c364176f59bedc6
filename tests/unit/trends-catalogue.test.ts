import { describe, expect, it } from "vitest";

import type { RankingsRow } from "@/lib/model";
import { createCatalogue } from "@/lib/derive/catalogue";
import { exactShare } from "@/lib/derive/trends/exact-share";
import { groupRankings } from "@/lib/derive/trends/group-rankings";
import { weightsTrend } from "@/lib/derive/trends/weights-trend";
import { mergedName, mergeVersions } from "@/lib/derive/versions";

// The long-run trends with the model catalogue: a model's dated versions merged before grouping,
// and the ranked tokens split by weights. Past 2^53 a float would drop units: sums stay exact.

const BIG = 9_007_199_254_740_993n;

const row = (date: string, model: string, totalTokens: bigint): RankingsRow => ({
  date,
  model,
  totalTokens,
});

const catalogue = createCatalogue(
  [
    {
      slug: "qwen/coder-20260515",
      catalogueId: "qwen/coder",
      name: "Qwen: Coder",
      openWeights: true,
      created: 1,
    },
    {
      slug: "qwen/coder-20260820",
      catalogueId: "qwen/coder",
      name: "Qwen: Coder (August)",
      openWeights: true,
      created: 2,
    },
    {
      slug: "openai/gpt-a-20260101",
      catalogueId: "openai/gpt-a",
      name: "OpenAI: GPT A",
      openWeights: false,
      created: 1,
    },
  ],
  "live",
  "2026-11-30T00:00:00Z",
);

const rows: RankingsRow[] = [
  row("2026-11-02", "openai/gpt-a-20260101", BIG),
  row("2026-11-02", "qwen/coder-20260515", BIG),
  row("2026-11-02", "qwen/coder-20260820", 5n),
  row("2026-11-02", "vendor/unlisted-20250101", 7n),
  row("2026-11-02", "other", 3n),
  row("2026-11-09", "qwen/coder-20260820", 11n),
  row("2026-11-09", "vendor/unlisted-20250101", 2n),
  row("2026-11-09", "other", 1n),
];

describe("merged versions through the trends grouping", () => {
  it("sums a model's versions under its id, exactly, named as the catalogue names it", () => {
    const merged = mergeVersions(rows, catalogue);
    const table = groupRankings(merged, "week", "model", 8, (model) =>
      mergedName(catalogue, model),
    );
    expect(table.series.map((item) => [item.label, item.members])).toEqual([
      ["Qwen: Coder (August)", ["qwen/coder"]],
      ["OpenAI: GPT A", ["openai/gpt-a"]],
      ["vendor/unlisted-20250101", ["vendor/unlisted-20250101"]],
      ["Outside the top 50", []],
    ]);
    expect(table.points.map((point) => point.values)).toEqual([
      [BIG + 5n, BIG, 7n, 3n],
      [11n, null, 2n, 1n],
    ]);
    expect(table.points.map((point) => point.total)).toEqual([2n * BIG + 15n, 14n]);
  });

  it("leaves the provider grouping's sums as they were", () => {
    const dated = groupRankings(rows, "week", "provider");
    const merged = groupRankings(mergeVersions(rows, catalogue), "week", "provider");
    expect(merged).toEqual(dated);
  });
});

describe("weightsTrend", () => {
  it("splits each date's top 50 into open, closed and unknown, exactly, and keeps other apart", () => {
    const table = weightsTrend(rows, "week", catalogue);
    expect(table.series.map((item) => [item.key, item.label, item.kind])).toEqual([
      ["open", "Open weights", "named"],
      ["closed", "Closed weights", "named"],
      ["unknown", "Unknown (not in the catalogue)", "rest"],
      ["outside", "Outside the top 50", "outside"],
    ]);
    expect(table.points).toEqual([
      {
        date: "2026-11-02",
        until: "2026-11-08",
        values: [BIG + 5n, BIG, 7n, 3n],
        total: 2n * BIG + 15n,
        complete: true,
      },
      {
        date: "2026-11-09",
        until: "2026-11-15",
        values: [11n, 0n, 2n, 1n],
        total: 14n,
        complete: true,
      },
    ]);
    // Just under a half: a float sum of the two BIGs would have lost the units that say so.
    const [first] = table.points;
    expect(exactShare(first?.values[0] ?? 0n, first?.total ?? 1n)).toBe(0.499999999999);
  });

  it("counts every model as unknown without a catalogue, and has no other row when none came", () => {
    const table = weightsTrend(
      rows.filter((item) => item.model !== "other"),
      "week",
      createCatalogue([], "none", null),
    );
    expect(table.series.map((item) => item.key)).toEqual(["open", "closed", "unknown"]);
    expect(table.points.map((point) => point.values)).toEqual([
      [0n, 0n, 2n * BIG + 12n],
      [0n, 0n, 13n],
    ]);
  });
});
