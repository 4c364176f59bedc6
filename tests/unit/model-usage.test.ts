import { describe, expect, it } from "vitest";

import { deriveModelUsage, type ModelUsage, type ModelUsageIndex } from "@/lib/derive/model-usage";
import { reshapeSnapshot } from "@/lib/openrouter/reshape";
import type { RawClassificationsData } from "@/lib/openrouter/schema";

import { fixtureSnapshot } from "./fixture-helpers";

// Expected values are worked out by hand from the fixture's literal shares (the products and
// sums are written next to them), never by calling the code under test.

const fixture = deriveModelUsage(fixtureSnapshot());

function modelOf(index: ModelUsageIndex, id: string): ModelUsage {
  const model = index.byId.get(id);
  if (!model) throw new Error(`no model ${id}`);
  return model;
}

type TagSpec = {
  tag: string;
  macro?: string;
  usage: number;
  tokens: number;
  /** [id, share of the tag's requests, share of its tokens] */
  models: [string, number, number][];
};

/** A snapshot from a few literal tags; category shares are the tag shares (one macro each). */
function snapshotOf(tags: TagSpec[]) {
  const macros = [...new Set(tags.map((tag) => tag.macro ?? "general"))];
  const raw: RawClassificationsData = {
    as_of: "2026-11-21",
    window_days: 7,
    classifications: tags.map((tag) => ({
      tag: tag.tag,
      display_name: tag.tag,
      macro_category: tag.macro ?? "general",
      usage_share: tag.usage,
      token_share: tag.tokens,
      category_usage_share: 1,
      category_token_share: 1,
      models: tag.models.map(([id, usage, tokens]) => ({
        id,
        tag_usage_share: usage,
        tag_token_share: tokens,
      })),
    })),
    macro_categories: macros.map((key) => ({ key, label: key, usage_share: 0, token_share: 0 })),
  };
  return reshapeSnapshot(raw);
}

describe("a model listed in six tags (fixture: openai/gpt-6-astra-20260903)", () => {
  const astra = modelOf(fixture, "openai/gpt-6-astra-20260903");

  it("lists exactly the tags whose top list names it, largest contribution first", () => {
    // Contributions to all requests (within-tag share × tag usage share):
    //   code:debugging      0.25  × 0.1563 = 0.039075
    //   translation         0.4   × 0.08   = 0.032
    //   code:general_impl   0.171 × 0.1842 = 0.0314982
    //   agent:web_search    0.3   × 0.092  = 0.0276
    //   agent:tool_dispatch 0.3   × 0.065  = 0.0195
    //   data:extraction     0.45  × 0.041  = 0.01845
    expect(astra.tags.map((item) => [item.tag, item.rank, item.listedCount])).toEqual([
      ["code:debugging", 2, 4],
      ["translation", 2, 2],
      ["code:general_impl", 2, 3],
      ["agent:web_search", 1, 3],
      ["agent:tool_dispatch", 2, 4],
      ["data:extraction", 1, 1],
    ]);
    expect(astra.tagCount).toBe(6);
    expect(astra.provider).toBe("openai");
  });

  it("keeps the upstream's within-tag shares and multiplies them by the tag's shares", () => {
    const general = astra.tags.find((item) => item.tag === "code:general_impl");
    expect(general?.usageShare).toBe(0.171);
    expect(general?.tokenShare).toBe(0.158);
    expect(general?.usageContribution).toBeCloseTo(0.0314982, 12); // 0.171 × 0.1842
    expect(general?.tokenContribution).toBeCloseTo(0.0412538, 12); // 0.158 × 0.2611
    expect(general?.displayName).toBe("Code Generation");
    expect(general?.macroCategory).toBe("code");
  });

  it("sums its contributions into its estimated shares", () => {
    // 0.039075 + 0.032 + 0.0314982 + 0.0276 + 0.0195 + 0.01845 = 0.1681232
    expect(astra.estUsageShare).toBeCloseTo(0.1681232, 12);
    // tokens: 0.22×0.1907 + 0.45×0.045 + 0.158×0.2611 + 0.28×0.07 + 0.25×0.04 + 0.4×0.0312
    //       = 0.041954 + 0.02025 + 0.0412538 + 0.0196 + 0.01 + 0.01248 = 0.1455378
    expect(astra.estTokenShare).toBeCloseTo(0.1455378, 12);
  });

  it("gives its task mix as each contribution over its own total, summing to 1", () => {
    const debugging = astra.tags[0];
    expect(debugging?.usageMix).toBeCloseTo(0.039075 / 0.1681232, 12); // ≈ 23.2%
    expect(debugging?.tokenMix).toBeCloseTo(0.041954 / 0.1455378, 12); // ≈ 28.8%
    expect(astra.tags.reduce((total, item) => total + (item.usageMix ?? 0), 0)).toBeCloseTo(1, 12);
    expect(astra.tags.reduce((total, item) => total + (item.tokenMix ?? 0), 0)).toBeCloseTo(1, 12);
    expect(astra.topTag.tag).toBe("code:debugging");
  });
});

describe("models across the fixture", () => {
  it("lists every model in any tag, largest estimated usage first", () => {
    expect(fixture.models.map((model) => model.id)).toEqual([
      "openai/gpt-6-astra-20260903", // 0.1681232
      "anthropic/claude-opus-5.5-20260921", // 0.214×0.1842 + 0.3×0.1563 = 0.0863088
      "deepseek/deepseek-v4-20260812", // 0.35×0.19 + 0.12×0.1563 = 0.085256
      "google/gemini-3.5-pro-20261015", // 0.2×0.1066 + 0.6×0.08 = 0.06932
      "anthropic/claude-sonnet-5-20260921", // 0.4×0.1066 + 0.35×0.065 = 0.06539
      "meta-llama/llama-5-maverick-20260710", // 0.2×0.19 = 0.038
      "google/gemini-3.5-flash-20261015", // 0.25×0.092 + 0.5×0.03 = 0.038 (a tie, after by float rounding)
      "qwen/qwen3.5-coder-20260820", // 0.093×0.1842 + 0.08×0.1563 = 0.0296346
      "mistralai/mistral-large-3-20260901", // 0.15×0.19 = 0.0285
      "moonshotai/kimi-k3-20261001", // 0.1×0.19 = 0.019
      "openai/gpt-6-mini-20260903", // 0.05×0.19 + 0.2×0.03 = 0.0155
      "x-ai/grok-5-20260930", // 0.15×0.092 = 0.0138
      "z-ai/glm-5-20260915", // 0.1×0.065 = 0.0065
      "minimax/minimax-m3-20260905", // 0.05×0.065 = 0.00325
    ]);
    expect(fixture.byId.size).toBe(14);
  });

  it("gives a model in one tag only that tag's contribution and a 100% mix", () => {
    const grok = modelOf(fixture, "x-ai/grok-5-20260930");
    expect(grok.tags.map((item) => item.tag)).toEqual(["agent:web_search"]);
    expect(grok.estUsageShare).toBeCloseTo(0.0138, 12); // 0.15 × 0.092
    expect(grok.estTokenShare).toBeCloseTo(0.0119, 12); // 0.17 × 0.07
    expect(grok.tags[0]?.usageMix).toBe(1);
    expect(grok.tags[0]?.tokenMix).toBe(1);
  });

  it("never lists a tag with no models", () => {
    for (const model of fixture.models) {
      expect(model.tags.map((item) => item.tag)).not.toContain("summarization");
    }
  });
});

describe("providers", () => {
  it("sums each provider's models, largest first", () => {
    expect(fixture.providers.map((item) => [item.provider, item.models, item.tagCount])).toEqual([
      ["openai", ["openai/gpt-6-astra-20260903", "openai/gpt-6-mini-20260903"], 8],
      [
        "anthropic",
        ["anthropic/claude-opus-5.5-20260921", "anthropic/claude-sonnet-5-20260921"],
        4,
      ],
      ["google", ["google/gemini-3.5-pro-20261015", "google/gemini-3.5-flash-20261015"], 4],
      ["deepseek", ["deepseek/deepseek-v4-20260812"], 2],
      ["meta-llama", ["meta-llama/llama-5-maverick-20260710"], 1],
      ["qwen", ["qwen/qwen3.5-coder-20260820"], 2],
      ["mistralai", ["mistralai/mistral-large-3-20260901"], 1],
      ["moonshotai", ["moonshotai/kimi-k3-20261001"], 1],
      ["x-ai", ["x-ai/grok-5-20260930"], 1],
      ["z-ai", ["z-ai/glm-5-20260915"], 1],
      ["minimax", ["minimax/minimax-m3-20260905"], 1],
    ]);
    const openai = fixture.providers[0];
    expect(openai?.estUsageShare).toBeCloseTo(0.1836232, 12); // 0.1681232 + 0.0155
    expect(openai?.estTokenShare).toBeCloseTo(0.1559378, 12); // 0.1455378 + 0.0104
  });

  it("splits a tag by provider and keeps the upstream remainder", () => {
    const split = fixture.byTag.get("code:debugging");
    expect(
      split?.providers.map((item) => [item.provider, item.usageShare, item.tokenShare]),
    ).toEqual([
      ["anthropic", 0.3, 0.34],
      ["openai", 0.25, 0.22],
      ["deepseek", 0.12, 0.11],
      ["qwen", 0.08, 0.07],
    ]);
    // 1 − (0.3 + 0.25 + 0.12 + 0.08) = 0.25; tokens 1 − (0.34 + 0.22 + 0.11 + 0.07) = 0.26
    expect(split?.otherModels.usageShare).toBeCloseTo(0.25, 12);
    expect(split?.otherModels.tokenShare).toBeCloseTo(0.26, 12);
  });

  it("gives a tag whose models cover it fully no remainder", () => {
    const split = fixture.byTag.get("translation");
    expect(split?.providers.map((item) => item.provider)).toEqual(["google", "openai"]);
    expect(split?.otherModels).toEqual({ usageShare: 0, tokenShare: 0 });
  });

  it("gives a tag with no models no providers and the whole tag as remainder", () => {
    expect(fixture.byTag.get("summarization")).toEqual({
      providers: [],
      otherModels: { usageShare: 1, tokenShare: 1 },
    });
  });

  it("weights each tag by its share of all traffic for the overall split", () => {
    const overall = fixture.overall;
    expect(overall.providers[0]?.provider).toBe("openai");
    expect(overall.providers[0]?.usageShare).toBeCloseTo(0.1836232, 12);
    // Every listed model together: 0.6665826 of requests and 0.6308702 of tokens.
    expect(overall.otherModels.usageShare).toBeCloseTo(1 - 0.6665826, 12);
    expect(overall.otherModels.tokenShare).toBeCloseTo(1 - 0.6308702, 12);
  });

  it("weights each tag by its share of its macro-category for the per-category split", () => {
    const code = fixture.byMacroCategory.get("code");
    // anthropic in Code: opus 0.214×0.412 + opus 0.3×0.3496 + sonnet 0.4×0.2384
    //                  = 0.088168 + 0.10488 + 0.09536 = 0.288408
    expect(code?.providers[0]?.provider).toBe("anthropic");
    expect(code?.providers[0]?.usageShare).toBeCloseTo(0.288408, 12);
    expect(code?.providers[0]?.models).toEqual([
      "anthropic/claude-opus-5.5-20260921",
      "anthropic/claude-sonnet-5-20260921",
    ]);
    const data = fixture.byMacroCategory.get("data");
    expect(data?.providers.map((item) => [item.provider, item.usageShare])).toEqual([
      ["openai", 0.45], // 0.45 × 1.0
    ]);
    expect(data?.otherModels.usageShare).toBeCloseTo(0.55, 12);
    expect([...fixture.byMacroCategory.keys()]).toEqual([
      "code",
      "data",
      "agent",
      "general",
      "media",
    ]);
  });
});

describe("constructed snapshots", () => {
  it("sums two models of one provider within a tag", () => {
    const index = deriveModelUsage(
      snapshotOf([
        {
          tag: "a",
          usage: 0.6,
          tokens: 0.5,
          models: [
            ["acme/one", 0.3, 0.35],
            ["acme/two", 0.2, 0.15],
            ["other/three", 0.1, 0.1],
          ],
        },
        { tag: "b", usage: 0.4, tokens: 0.5, models: [["acme/one", 0.5, 0.4]] },
      ]),
    );
    const split = index.byTag.get("a");
    expect(split?.providers.map((item) => [item.provider, item.models])).toEqual([
      ["acme", ["acme/one", "acme/two"]],
      ["other", ["other/three"]],
    ]);
    expect(split?.providers[0]?.usageShare).toBeCloseTo(0.5, 12); // 0.3 + 0.2
    expect(split?.providers[0]?.tokenShare).toBeCloseTo(0.5, 12); // 0.35 + 0.15
    expect(split?.otherModels.usageShare).toBeCloseTo(0.4, 12); // 1 − 0.6
    // acme overall: one 0.3×0.6 + 0.5×0.4 = 0.38, two 0.2×0.6 = 0.12 → 0.5
    expect(index.providers[0]?.provider).toBe("acme");
    expect(index.providers[0]?.estUsageShare).toBeCloseTo(0.5, 12);
    expect(index.providers[0]?.tagCount).toBe(2);
    expect(index.overall.otherModels.usageShare).toBeCloseTo(0.44, 12); // 1 − 0.5 − 0.06
  });

  it("handles a model listed in every tag", () => {
    const index = deriveModelUsage(
      snapshotOf([
        { tag: "a", usage: 0.5, tokens: 0.2, models: [["everywhere/model", 0.4, 0.5]] },
        { tag: "b", usage: 0.3, tokens: 0.3, models: [["everywhere/model", 1, 1]] },
        { tag: "c", usage: 0.2, tokens: 0.5, models: [["everywhere/model", 0.5, 0.2]] },
      ]),
    );
    const model = modelOf(index, "everywhere/model");
    expect(model.tagCount).toBe(3);
    // 0.4×0.5 + 1×0.3 + 0.5×0.2 = 0.2 + 0.3 + 0.1 = 0.6
    expect(model.estUsageShare).toBeCloseTo(0.6, 12);
    // 0.5×0.2 + 1×0.3 + 0.2×0.5 = 0.1 + 0.3 + 0.1 = 0.5
    expect(model.estTokenShare).toBeCloseTo(0.5, 12);
    expect(model.tags.map((item) => item.tag)).toEqual(["b", "a", "c"]);
    expect(index.byTag.get("b")?.otherModels).toEqual({ usageShare: 0, tokenShare: 0 });
  });

  it("keeps ids with slashes, percent signs, spaces and non-Latin text intact", () => {
    const ids = ["vendor/family/model-20260101", "100%/pure model", "模型/通义-千问", "no-vendor"];
    const index = deriveModelUsage(
      snapshotOf([
        {
          tag: "a",
          usage: 1,
          tokens: 1,
          models: ids.map((id): [string, number, number] => [id, 0.25, 0.25]),
        },
      ]),
    );
    expect([...index.byId.keys()]).toEqual(ids);
    expect(ids.map((id) => index.byId.get(id)?.provider)).toEqual(["vendor", "100%", "模型", ""]);
    expect(index.providers.map((item) => item.provider)).toEqual(["vendor", "100%", "模型", ""]);
    expect(index.byTag.get("a")?.otherModels).toEqual({ usageShare: 0, tokenShare: 0 });
  });

  it("keeps prototype-like ids as ordinary keys", () => {
    const index = deriveModelUsage(
      snapshotOf([
        {
          tag: "a",
          usage: 1,
          tokens: 1,
          models: [
            ["__proto__/constructor", 0.5, 0.5],
            ["constructor/__proto__", 0.25, 0.25],
          ],
        },
      ]),
    );
    expect(index.byId.get("__proto__/constructor")?.estUsageShare).toBe(0.5);
    expect(index.providers.map((item) => item.provider)).toEqual(["__proto__", "constructor"]);
  });

  it("gives a model in a tag with no traffic a zero share and no task mix", () => {
    const index = deriveModelUsage(
      snapshotOf([
        { tag: "busy", usage: 1, tokens: 1, models: [] },
        { tag: "idle", usage: 0, tokens: 0, models: [["quiet/model", 0.5, 0.5]] },
      ]),
    );
    const model = modelOf(index, "quiet/model");
    expect(model.estUsageShare).toBe(0);
    expect(model.tags[0]?.usageMix).toBeNull();
    expect(model.tags[0]?.tokenMix).toBeNull();
  });

  it("never reports a negative remainder when rounded shares sum above 1", () => {
    const index = deriveModelUsage(
      snapshotOf([
        {
          tag: "a",
          usage: 1,
          tokens: 1,
          models: [
            ["x/one", 0.6001, 0.5],
            ["y/two", 0.4, 0.5001],
          ],
        },
      ]),
    );
    expect(index.overall.otherModels).toEqual({ usageShare: 0, tokenShare: 0 });
    expect(index.byTag.get("a")?.otherModels).toEqual({ usageShare: 0, tokenShare: 0 });
  });

  it("derives nothing from a snapshot without models", () => {
    const index = deriveModelUsage(snapshotOf([{ tag: "a", usage: 1, tokens: 1, models: [] }]));
    expect(index.models).toEqual([]);
    expect(index.providers).toEqual([]);
    expect(index.overall).toEqual({ providers: [], otherModels: { usageShare: 1, tokenShare: 1 } });
  });
});
