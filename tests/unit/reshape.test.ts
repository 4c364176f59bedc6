import { describe, expect, it } from "vitest";

import { otherModelsShare, reshapeSnapshot } from "@/lib/openrouter/reshape";
import {
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "@/lib/openrouter/schema";
import type { ModelShare, TaskDay, TagShare } from "@/lib/model";

import { fixtureData, NEXT_DAY_FIXTURE, sampleJson } from "./fixture-helpers";

const FIXTURE_TAG_ORDER = [
  "roleplay_fiction",
  "code:general_impl",
  "code:debugging",
  "code:frontend_ui",
  "agent:web_search",
  "translation",
  "agent:tool_dispatch",
  "summarization",
  "data:extraction",
  "media:image_generation",
];

function tagOf(snapshot: TaskDay, tag: string): TagShare {
  const found = snapshot.tags.find((item) => item.tag === tag);
  if (!found) throw new Error(`no tag ${tag}`);
  return found;
}

function model(id: string, rank: number, usageShare: number, tokenShare: number): ModelShare {
  return { id, rank, usageShare, tokenShare };
}

describe("reshapeSnapshot on the 2026-11-21 fixture", () => {
  const snapshot = reshapeSnapshot(fixtureData());

  it("carries as_of and window_days", () => {
    expect(snapshot.asOf).toBe("2026-11-21");
    expect(snapshot.windowDays).toBe(7);
  });

  it("keeps the upstream order of tags", () => {
    expect(snapshot.tags.map((tag) => tag.tag)).toEqual(FIXTURE_TAG_ORDER);
  });

  it("reshapes code:general_impl exactly", () => {
    const tag = tagOf(snapshot, "code:general_impl");
    const { otherModels, ...rest } = tag;
    expect(rest).toEqual({
      tag: "code:general_impl",
      displayName: "Code Generation",
      macroCategory: "code",
      usageShare: 0.1842,
      tokenShare: 0.2611,
      tokenIntensity: 0.2611 / 0.1842,
      categoryUsageShare: 0.412,
      categoryTokenShare: 0.4397,
      usageRank: 2,
      categoryUsageRank: 1,
      models: [
        model("anthropic/claude-opus-5.5-20260921", 1, 0.214, 0.263),
        model("openai/gpt-6-astra-20260903", 2, 0.171, 0.158),
        model("qwen/qwen3.5-coder-20260820", 3, 0.093, 0.081),
      ],
    });
    expect(tag.tokenIntensity).toBeCloseTo(1.4174809989, 9);
    expect(otherModels).not.toBeNull();
    expect(
      Math.abs((otherModels?.usageShare ?? Number.NaN) - (1 - (0.214 + 0.171 + 0.093))),
    ).toBeLessThan(1e-9);
    expect(
      Math.abs((otherModels?.tokenShare ?? Number.NaN) - (1 - (0.263 + 0.158 + 0.081))),
    ).toBeLessThan(1e-9);
    expect(otherModels?.usageShare).toBeCloseTo(0.522, 9);
    expect(otherModels?.tokenShare).toBeCloseTo(0.498, 9);
  });

  it("ranks every tag by usage across all tags and within its macro-category", () => {
    expect(snapshot.tags.map((tag) => [tag.tag, tag.usageRank, tag.categoryUsageRank])).toEqual([
      ["roleplay_fiction", 1, 1],
      ["code:general_impl", 2, 1],
      ["code:debugging", 3, 2],
      ["code:frontend_ui", 4, 3],
      ["agent:web_search", 5, 1],
      ["translation", 6, 2],
      ["agent:tool_dispatch", 7, 2],
      ["summarization", 8, 3],
      ["data:extraction", 9, 1],
      ["media:image_generation", 10, 1],
    ]);
  });

  it("gives translation, whose models sum to 1, no other-models share", () => {
    const tag = tagOf(snapshot, "translation");
    expect(tag.models).toEqual([
      model("google/gemini-3.5-pro-20261015", 1, 0.6, 0.55),
      model("openai/gpt-6-astra-20260903", 2, 0.4, 0.45),
    ]);
    expect(tag.otherModels).toBeNull();
  });

  it("gives summarization, which lists no models, an empty list and no other-models share", () => {
    const tag = tagOf(snapshot, "summarization");
    expect(tag.models).toEqual([]);
    expect(tag.otherModels).toBeNull();
    expect(tag.usageRank).toBe(8);
    expect(tag.tokenIntensity).toBe(0.05 / 0.0549);
  });

  it("computes the other-models remainder of a tag with a single model", () => {
    const tag = tagOf(snapshot, "data:extraction");
    expect(tag.models).toEqual([model("openai/gpt-6-astra-20260903", 1, 0.45, 0.4)]);
    expect(tag.otherModels?.usageShare).toBeCloseTo(0.55, 12);
    expect(tag.otherModels?.tokenShare).toBeCloseTo(0.6, 12);
  });

  it("keeps the listed macro-categories in upstream order with their tag counts", () => {
    expect(snapshot.macroCategories).toEqual([
      { key: "code", label: "Code", usageShare: 0.4471, tokenShare: 0.5938, tagCount: 3 },
      { key: "data", label: "Data", usageShare: 0.041, tokenShare: 0.0312, tagCount: 1 },
      { key: "agent", label: "Agent", usageShare: 0.157, tokenShare: 0.11, tagCount: 2 },
      { key: "general", label: "General", usageShare: 0.3249, tokenShare: 0.245, tagCount: 3 },
      { key: "media", label: "Media", usageShare: 0.03, tokenShare: 0.02, tagCount: 1 },
    ]);
  });

  it("does not modify its input", () => {
    const raw = fixtureData();
    const before = structuredClone(raw);
    reshapeSnapshot(raw);
    expect(raw).toEqual(before);
  });
});

describe("reshapeSnapshot: ranks and order", () => {
  it("ranks by usage share on the next day's fixture, where code:general_impl leads", () => {
    const snapshot = reshapeSnapshot(fixtureData(NEXT_DAY_FIXTURE));
    const tag = tagOf(snapshot, "code:general_impl");
    expect(tag.usageShare).toBe(0.1903);
    expect(tag.usageRank).toBe(1);
    expect(tag.categoryUsageRank).toBe(1);
    expect(tagOf(snapshot, "roleplay_fiction").usageRank).toBe(2);
  });

  it("ranks by usage share even when upstream order is not sorted, and keeps that order", () => {
    const raw = fixtureData();
    const reversed: RawClassificationsData = {
      ...raw,
      classifications: [...raw.classifications].reverse(),
    };
    const snapshot = reshapeSnapshot(reversed);
    expect(snapshot.tags.map((tag) => tag.tag)).toEqual([...FIXTURE_TAG_ORDER].reverse());
    expect(snapshot.tags.map((tag) => tag.usageRank)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(tagOf(snapshot, "code:frontend_ui").categoryUsageRank).toBe(3);
    expect(tagOf(snapshot, "code:general_impl").categoryUsageRank).toBe(1);
  });

  it("gives a tag with zero usage a null token intensity", () => {
    const raw = fixtureData();
    const [first, ...rest] = raw.classifications;
    if (!first) throw new Error("fixture has no classifications");
    const snapshot = reshapeSnapshot({
      ...raw,
      classifications: [{ ...first, usage_share: 0 }, ...rest],
    });
    expect(tagOf(snapshot, "roleplay_fiction").tokenIntensity).toBeNull();
    expect(tagOf(snapshot, "roleplay_fiction").usageRank).toBe(10);
  });
});

describe("reshapeSnapshot: macro-categories the list lacks", () => {
  it("derives a category for a key missing from macro_categories, summing its tags", () => {
    const raw = fixtureData();
    const snapshot = reshapeSnapshot({
      ...raw,
      macro_categories: raw.macro_categories.filter((macro) => macro.key !== "media"),
    });
    expect(snapshot.macroCategories.map((macro) => macro.key)).toEqual([
      "code",
      "data",
      "agent",
      "general",
      "media",
    ]);
    expect(snapshot.macroCategories[4]).toEqual({
      key: "media",
      label: "Media",
      usageShare: 0.03,
      tokenShare: 0.02,
      tagCount: 1,
    });
  });

  it("derives a label from a snake_case key and sums several tags", () => {
    const raw = fixtureData();
    const snapshot = reshapeSnapshot({
      ...raw,
      classifications: raw.classifications.map((item) =>
        item.macro_category === "agent" ? { ...item, macro_category: "tool_use" } : item,
      ),
    });
    const derived = snapshot.macroCategories.at(-1);
    expect(snapshot.macroCategories).toHaveLength(6);
    expect(derived?.key).toBe("tool_use");
    expect(derived?.label).toBe("Tool use");
    expect(derived?.tagCount).toBe(2);
    expect(derived?.usageShare).toBeCloseTo(0.092 + 0.065, 12);
    expect(derived?.tokenShare).toBeCloseTo(0.07 + 0.04, 12);
    expect(snapshot.macroCategories.find((macro) => macro.key === "agent")?.tagCount).toBe(0);
  });

  it("adds derived categories in order of first appearance, after the listed ones", () => {
    const raw = fixtureData();
    const snapshot = reshapeSnapshot({
      ...raw,
      classifications: raw.classifications.map((item) => {
        if (item.tag === "code:debugging") return { ...item, macro_category: "zeta" };
        if (item.tag === "translation") return { ...item, macro_category: "alpha" };
        return item;
      }),
    });
    expect(
      snapshot.macroCategories.map((macro) => [macro.key, macro.label, macro.tagCount]),
    ).toEqual([
      ["code", "Code", 2],
      ["data", "Data", 1],
      ["agent", "Agent", 2],
      ["general", "General", 2],
      ["media", "Media", 1],
      ["zeta", "Zeta", 1],
      ["alpha", "Alpha", 1],
    ]);
  });
});

describe("reshapeSnapshot on the bundled sample", () => {
  const sample = rawClassificationsResponseSchema.parse(sampleJson()).data;
  const snapshot = reshapeSnapshot(sample);

  it("keeps all 30 tags and gives them distinct ranks 1..30", () => {
    expect(snapshot.tags).toHaveLength(30);
    expect(snapshot.tags.map((tag) => tag.usageRank).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 1),
    );
    expect(snapshot.tags.map((tag) => tag.tag)).toEqual(
      sample.classifications.map((item) => item.tag),
    );
  });

  it("counts every tag in exactly one of the four listed categories", () => {
    expect(snapshot.macroCategories.map((macro) => macro.key)).toEqual([
      "code",
      "data",
      "agent",
      "general",
    ]);
    expect(snapshot.macroCategories.reduce((total, macro) => total + macro.tagCount, 0)).toBe(30);
  });
});

describe("otherModelsShare", () => {
  it("is null for no models", () => {
    expect(otherModelsShare([])).toBeNull();
  });

  it("is null when the listed shares round to 1 from below or above", () => {
    expect(
      otherModelsShare([model("a/x", 1, 0.5996, 0.6), model("b/y", 2, 0.4, 0.3996)]),
    ).toBeNull();
    expect(
      otherModelsShare([model("a/x", 1, 0.6001, 0.6), model("b/y", 2, 0.4, 0.4001)]),
    ).toBeNull();
  });

  it("keeps a remainder that only one of the two shares has, exactly, clamping the other at 0", () => {
    expect(otherModelsShare([model("a/x", 1, 1, 0.9)])).toEqual({
      usageShare: 0,
      tokenShare: 0.1,
    });
    expect(otherModelsShare([model("a/x", 1, 0.8, 1)])).toEqual({
      usageShare: 0.2,
      tokenShare: 0,
    });
  });

  it("returns the remainder of both shares", () => {
    expect(otherModelsShare([model("a/x", 1, 0.5, 0.25)])).toEqual({
      usageShare: 0.5,
      tokenShare: 0.75,
    });
  });
});
