import { describe, expect, it } from "vitest";

import { compareMacroCategories, compareModels, compareTags } from "@/lib/derive/changes";
import { availableComparisons, describeComparison } from "@/lib/derive/comparisons";
import { reshapeSnapshot } from "@/lib/openrouter/reshape";
import type { RawClassificationsData } from "@/lib/openrouter/schema";

import { fixtureData, fixtureSnapshot, NEXT_DAY_FIXTURE } from "./fixture-helpers";

function edited(change: (data: RawClassificationsData) => void, asOf = "2026-11-14") {
  const data = structuredClone(fixtureData());
  data.as_of = asOf;
  change(data);
  return reshapeSnapshot(data);
}

describe("tag changes", () => {
  it("are current minus base for every current tag, in share units", () => {
    const changes = compareTags(fixtureSnapshot(NEXT_DAY_FIXTURE), fixtureSnapshot());
    expect(changes.baseAsOf).toBe("2026-11-21");
    const general = changes.byKey.get("code:general_impl");
    expect(general?.kind).toBe("changed");
    if (general?.kind !== "changed") return;
    // 0.1903 - 0.1842 and an unchanged token share.
    expect(general.usage).toBeCloseTo(0.0061, 10);
    expect(general.tokens).toBe(0);
    const debugging = changes.byKey.get("code:debugging");
    expect(debugging?.kind === "changed" && debugging.usage).toBeCloseTo(-0.0061, 10);
    expect(changes.byKey.size).toBe(10);
    expect(changes.dropped).toEqual([]);
  });

  it("mark tags missing from the base as new and list the base's vanished tags as drop-outs", () => {
    const base = edited((data) => {
      data.classifications = data.classifications.filter((item) => item.tag !== "translation");
      data.classifications.push({
        tag: "devops",
        display_name: "DevOps",
        macro_category: "general",
        usage_share: 0.012,
        token_share: 0.009,
        category_usage_share: 0.03,
        category_token_share: 0.02,
        models: [],
      });
    });
    const changes = compareTags(fixtureSnapshot(), base);
    expect(changes.byKey.get("translation")).toEqual({ kind: "new" });
    expect(changes.dropped).toEqual([
      { key: "devops", label: "DevOps", usageShare: 0.012, tokenShare: 0.009 },
    ]);
  });
});

describe("macro-category changes", () => {
  it("compare by key, a category new since the base included", () => {
    const base = edited((data) => {
      data.macro_categories = data.macro_categories.filter((macro) => macro.key !== "media");
      const code = data.macro_categories.find((macro) => macro.key === "code");
      if (code) code.usage_share = 0.4671;
    });
    const changes = compareMacroCategories(fixtureSnapshot(), base);
    const code = changes.byKey.get("code");
    expect(code?.kind === "changed" && code.usage).toBeCloseTo(-0.02, 10);
    // The base's tags still name "media", so reshaping derives it: it is compared, not new.
    expect(changes.byKey.get("media")?.kind).toBe("changed");
  });
});

describe("model changes within a tag", () => {
  it("mark new entrants and list drop-outs with the shares they had", () => {
    const current = fixtureSnapshot().tags.find((tag) => tag.tag === "code:general_impl");
    const base = edited((data) => {
      const tag = data.classifications.find((item) => item.tag === "code:general_impl");
      if (!tag) return;
      tag.models = [
        { id: "anthropic/claude-opus-5.5-20260921", tag_usage_share: 0.2, tag_token_share: 0.25 },
        { id: "mistralai/mixtral-9x22b-20251104", tag_usage_share: 0.05, tag_token_share: 0.04 },
      ];
    }).tags.find((tag) => tag.tag === "code:general_impl");
    if (!current) throw new Error("fixture lacks code:general_impl");

    const changes = compareModels(current, base, "2026-11-14");
    const opus = changes.byKey.get("anthropic/claude-opus-5.5-20260921");
    expect(opus?.kind).toBe("changed");
    if (opus?.kind === "changed") {
      expect(opus.usage).toBeCloseTo(0.014, 10);
      expect(opus.tokens).toBeCloseTo(0.013, 10);
    }
    expect(changes.byKey.get("openai/gpt-6-astra-20260903")).toEqual({ kind: "new" });
    expect(changes.dropped).toEqual([
      {
        key: "mistralai/mixtral-9x22b-20251104",
        label: "mistralai/mixtral-9x22b-20251104",
        usageShare: 0.05,
        tokenShare: 0.04,
      },
    ]);
  });

  it("treat every model as new when the base did not have the tag", () => {
    const current = fixtureSnapshot().tags.find((tag) => tag.tag === "translation");
    if (!current) throw new Error("fixture lacks translation");
    const changes = compareModels(current, undefined, "2026-11-14");
    expect([...changes.byKey.values()]).toEqual([{ kind: "new" }, { kind: "new" }]);
    expect(changes.dropped).toEqual([]);
  });
});

describe("comparison bases", () => {
  const stored = [
    "2026-10-20",
    "2026-10-22",
    "2026-11-13",
    "2026-11-15",
    "2026-11-16",
    "2026-11-18",
  ];

  it("use the previous stored snapshot, and exact 7 and 30 days back when stored", () => {
    expect(availableComparisons([...stored, "2026-11-21"], "2026-11-22")).toEqual([
      { key: "previous", baseAsOf: "2026-11-21", days: 1 },
      { key: "7d", baseAsOf: "2026-11-15", days: 7 },
      { key: "30d", baseAsOf: "2026-10-22", days: 31 },
    ]);
  });

  it("fall back to the nearest earlier date within three days, and never to a later one", () => {
    // 7 days before 11-21 is 11-14 (not stored): 11-13 is the nearest earlier one.
    expect(availableComparisons(stored, "2026-11-21")).toEqual([
      { key: "previous", baseAsOf: "2026-11-18", days: 3 },
      { key: "7d", baseAsOf: "2026-11-13", days: 8 },
      { key: "30d", baseAsOf: "2026-10-22", days: 30 },
    ]);
    // 30 days before 11-23 is 10-24 (not stored): 10-22 is the nearest earlier one.
    expect(availableComparisons(stored, "2026-11-23").at(-1)).toEqual({
      key: "30d",
      baseAsOf: "2026-10-22",
      days: 32,
    });
    // 7 days before 11-25 is 11-18 exactly; 30 days before is 10-26, and 10-22 is 4 days off.
    expect(availableComparisons(stored, "2026-11-25")).toEqual([
      { key: "previous", baseAsOf: "2026-11-18", days: 7 },
      { key: "7d", baseAsOf: "2026-11-18", days: 7 },
    ]);
  });

  it("are empty with nothing stored before the date, whatever comes after it", () => {
    expect(availableComparisons(stored, "2026-10-20")).toEqual([]);
    expect(availableComparisons(["2026-11-21"], "2026-11-21")).toEqual([]);
  });

  it("describe themselves with the base's own date", () => {
    expect(describeComparison({ key: "7d", baseAsOf: "2026-11-13", days: 8 })).toBe(
      "since 2026-11-13 (8 days earlier)",
    );
    expect(describeComparison({ key: "previous", baseAsOf: "2026-11-20", days: 1 })).toBe(
      "since 2026-11-20 (1 day earlier)",
    );
  });
});
