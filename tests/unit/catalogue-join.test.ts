import { describe, expect, it } from "vitest";

import {
  createCatalogue,
  displayName,
  isNewOn,
  modelInfo,
  shortDisplayName,
  versionsOf,
  weightsOf,
} from "@/lib/derive/catalogue";
import { filterByWeights } from "@/lib/derive/model-list";
import { deriveModelUsage } from "@/lib/derive/model-usage";
import { deriveOpenWeights, overallWeights, tagWeights } from "@/lib/derive/open-weights";
import { mergeVersions } from "@/lib/derive/versions";
import { toCatalogueEntry, validCatalogueModels } from "@/lib/openrouter/catalogue-schema";

import { readCatalogueModels } from "../support/fake-catalogue";
import { fixtureSnapshot } from "./fixture-helpers";

// The catalogue fixture (tests/fixtures/catalogue.json) against the 2026-11-21 task fixture:
// minimax/minimax-m3 is missing (unknown), x-ai/grok-5 has an empty hugging_face_id and
// google/gemini-3.5-pro none at all (both closed), qwen/qwen3.5-coder has two dated versions,
// and one malformed model (no slug) is skipped.

const { models: raw, skipped } = validCatalogueModels(readCatalogueModels());
const catalogue = createCatalogue(raw.map(toCatalogueEntry), "live", "2026-11-21T06:00:00.000Z");
const snapshot = fixtureSnapshot();
const usage = deriveModelUsage(snapshot);

const tagNamed = (name: string) => {
  const tag = snapshot.tags.find((item) => item.tag === name);
  if (!tag) throw new Error(`no tag ${name} in the fixture`);
  return tag;
};

describe("joining the catalogue by dated slug", () => {
  it("reads every well-formed model and skips the malformed one", () => {
    expect(skipped).toBe(1);
    expect(raw).toHaveLength(19);
  });

  it("names listed models and leaves a missing one as its slug, weights unknown", () => {
    const kimi = modelInfo(catalogue, "moonshotai/kimi-k3-20261001");
    expect(displayName(kimi, "moonshotai/kimi-k3-20261001")).toBe("MoonshotAI: Kimi K3");
    expect(shortDisplayName(kimi, "moonshotai/kimi-k3-20261001")).toBe("Kimi K3");
    expect(weightsOf(kimi)).toBe("open");

    const minimax = modelInfo(catalogue, "minimax/minimax-m3-20260905");
    expect(minimax).toBeUndefined();
    expect(displayName(minimax, "minimax/minimax-m3-20260905")).toBe("minimax/minimax-m3-20260905");
    expect(shortDisplayName(minimax, "minimax/minimax-m3-20260905")).toBe("minimax-m3");
    expect(weightsOf(minimax)).toBe("unknown");
  });

  it("counts an empty or absent hugging_face_id as closed", () => {
    expect(weightsOf(modelInfo(catalogue, "x-ai/grok-5-20260930"))).toBe("closed");
    expect(weightsOf(modelInfo(catalogue, "google/gemini-3.5-pro-20261015"))).toBe("closed");
    expect(weightsOf(modelInfo(catalogue, "anthropic/claude-opus-5.5-20260921"))).toBe("closed");
  });

  it("names a variant after its base model, and knows nothing of an unknown base", () => {
    const free = modelInfo(catalogue, "deepseek/deepseek-v4-20260812:free");
    expect(displayName(free, "deepseek/deepseek-v4-20260812:free")).toBe(
      "DeepSeek: DeepSeek V4 (free)",
    );
    expect(weightsOf(free)).toBe("open");
    expect(modelInfo(catalogue, "minimax/minimax-m3-20260905:free")).toBeUndefined();
  });

  it("lists the dated versions sharing a catalogue id, newest first", () => {
    const info = modelInfo(catalogue, "qwen/qwen3.5-coder-20260820");
    expect(info?.catalogueId).toBe("qwen/qwen3.5-coder");
    expect(versionsOf(catalogue, info).map((version) => version.slug)).toEqual([
      "qwen/qwen3.5-coder-20260820",
      "qwen/qwen3.5-coder-20260515",
    ]);
    expect(versionsOf(catalogue, undefined)).toEqual([]);
  });

  it("calls a model new in the seven days up to the day shown", () => {
    const flash = modelInfo(catalogue, "google/gemini-3.5-flash-20261015"); // added 2026-11-18
    expect(isNewOn(flash, "2026-11-21")).toBe(true);
    expect(isNewOn(flash, "2026-11-24")).toBe(true);
    expect(isNewOn(flash, "2026-11-25")).toBe(false);
    expect(isNewOn(flash, "2026-11-17")).toBe(false);
  });

  it("filters the models index by weights", () => {
    const ids = (weights: "open" | "closed" | "unknown") =>
      filterByWeights(usage.models, weights, catalogue).map((model) => model.id);
    expect(ids("unknown")).toEqual(["minimax/minimax-m3-20260905"]);
    expect(ids("open")).toHaveLength(6);
    expect(ids("closed")).toHaveLength(7);
    expect(filterByWeights(usage.models, null, catalogue)).toBe(usage.models);
  });
});

describe("open-weight shares", () => {
  it("within a task: the listed models' published shares, exact, and the unlisted rest", () => {
    // agent:tool_dispatch lists sonnet 0.35/0.4, astra 0.3/0.25 (closed), glm-5 0.1/0.09
    // (open) and minimax 0.05/0.06 (not in the catalogue); 0.2/0.2 is left to unlisted models.
    expect(tagWeights(tagNamed("agent:tool_dispatch"), catalogue)).toEqual({
      open: { usageShare: 0.1, tokenShare: 0.09 },
      closed: { usageShare: 0.65, tokenShare: 0.65 },
      unknown: { usageShare: 0.05, tokenShare: 0.06 },
      unlisted: { usageShare: 0.2, tokenShare: 0.2 },
    });
    // A task listing no models: all of it unlisted.
    expect(tagWeights(tagNamed("summarization"), catalogue).unlisted).toEqual({
      usageShare: 1,
      tokenShare: 1,
    });
  });

  it("of all classified traffic: exact decimal sums of share × task share", () => {
    // Open requests: roleplay 0.8×0.19 + general_impl 0.093×0.1842 + debugging 0.2×0.1563
    // + tool_dispatch 0.1×0.065 = 0.152 + 0.0171306 + 0.03126 + 0.0065 = 0.2068906.
    // Open tokens: 0.79×0.15 + 0.081×0.2611 + 0.18×0.1907 + 0.09×0.04 = 0.1775751.
    // Unknown: minimax 0.05×0.065 = 0.00325 and 0.06×0.04 = 0.0024.
    const overall = overallWeights(snapshot, catalogue);
    expect(overall.open).toEqual({ usageShare: 0.2068906, tokenShare: 0.1775751 });
    expect(overall.closed).toEqual({ usageShare: 0.456442, tokenShare: 0.4508951 });
    expect(overall.unknown).toEqual({ usageShare: 0.00325, tokenShare: 0.0024 });
    // 1 − (0.2068906 + 0.456442 + 0.00325)
    expect(overall.unlisted.usageShare).toBe(0.3334174);
  });

  it("per macro-category, per provider, and by model count", () => {
    const weights = deriveOpenWeights(snapshot, usage, catalogue);
    // agent: glm-5 0.1 × tool_dispatch's 0.414 of agent requests (0.065 / 0.157).
    expect(weights.byMacroCategory.get("agent")?.open.usageShare).toBe(0.0414);
    expect(weights.byMacroCategory.get("general")?.open).toEqual({
      usageShare: 0.46784,
      tokenShare: 0.483638,
    });
    const provider = (name: string) => weights.byProvider.find((item) => item.provider === name);
    // qwen: 0.093×0.1842 + 0.08×0.1563 = 0.0296346, all of it open.
    expect(provider("qwen")?.open.usageShare).toBe(0.0296346);
    expect(provider("qwen")?.closed.usageShare).toBe(0);
    expect(provider("minimax")?.unknown.usageShare).toBe(0.00325);
    expect(weights.modelCounts).toEqual({ open: 6, closed: 7, unknown: 1 });
  });

  it("with no catalogue, counts every model as unknown, none as open or closed", () => {
    const none = createCatalogue([], "none", null);
    const overall = overallWeights(snapshot, none);
    expect(overall.open).toEqual({ usageShare: 0, tokenShare: 0 });
    expect(overall.closed).toEqual({ usageShare: 0, tokenShare: 0 });
    // Everything listed: 0.2068906 + 0.456442 + 0.00325.
    expect(overall.unknown.usageShare).toBe(0.6665826);
  });
});

describe("merging dated versions", () => {
  const BIG = 9_007_199_254_740_993n; // 2^53 + 1: a float would lose the 1
  it("adds the versions of one catalogue id exactly, keeps unlisted slugs and `other` apart", () => {
    const merged = mergeVersions(
      [
        { date: "2026-11-20", model: "qwen/qwen3.5-coder-20260515", totalTokens: BIG },
        { date: "2026-11-20", model: "qwen/qwen3.5-coder-20260820", totalTokens: BIG },
        { date: "2026-11-20", model: "other", totalTokens: 5n },
        { date: "2026-11-20", model: "minimax/minimax-m3-20260905", totalTokens: 7n },
        { date: "2026-11-20", model: "deepseek/deepseek-v4-20260812:free", totalTokens: 3n },
        { date: "2026-11-19", model: "qwen/qwen3.5-coder-20260820", totalTokens: 1n },
      ],
      catalogue,
    );
    expect(merged).toEqual([
      {
        date: "2026-11-19",
        model: "qwen/qwen3.5-coder",
        totalTokens: 1n,
        versions: ["qwen/qwen3.5-coder-20260820"],
      },
      {
        date: "2026-11-20",
        model: "qwen/qwen3.5-coder",
        totalTokens: 18_014_398_509_481_986n,
        versions: ["qwen/qwen3.5-coder-20260515", "qwen/qwen3.5-coder-20260820"],
      },
      {
        date: "2026-11-20",
        model: "minimax/minimax-m3-20260905",
        totalTokens: 7n,
        versions: ["minimax/minimax-m3-20260905"],
      },
      {
        date: "2026-11-20",
        model: "deepseek/deepseek-v4-20260812:free",
        totalTokens: 3n,
        versions: ["deepseek/deepseek-v4-20260812:free"],
      },
      { date: "2026-11-20", model: "other", totalTokens: 5n, versions: ["other"] },
    ]);
  });
});
