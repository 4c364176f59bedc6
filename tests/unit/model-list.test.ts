import { describe, expect, it } from "vitest";

import { filterModels, MODEL_SORT, sortModels, type ModelSort } from "@/lib/derive/model-list";
import { deriveModelUsage } from "@/lib/derive/model-usage";

import { fixtureSnapshot } from "./fixture-helpers";

const models = deriveModelUsage(fixtureSnapshot()).models;
const ids = (list: { id: string }[]) => list.map((model) => model.id);

// Orders follow from the estimated shares worked out in model-usage.test.ts.
const FIRST_THREE: Record<ModelSort, string[]> = {
  usage: [
    "openai/gpt-6-astra-20260903",
    "anthropic/claude-opus-5.5-20260921",
    "deepseek/deepseek-v4-20260812",
  ],
  // tokens: astra 0.1455378, opus 0.1335073, sonnet 0.4×0.142 + 0.4×0.04 = 0.07564
  tokens: [
    "openai/gpt-6-astra-20260903",
    "anthropic/claude-opus-5.5-20260921",
    "anthropic/claude-sonnet-5-20260921",
  ],
  // tasks: astra in 6; then the two-task models by estimated usage
  tasks: [
    "openai/gpt-6-astra-20260903",
    "anthropic/claude-opus-5.5-20260921",
    "deepseek/deepseek-v4-20260812",
  ],
  name: [
    "anthropic/claude-opus-5.5-20260921",
    "anthropic/claude-sonnet-5-20260921",
    "deepseek/deepseek-v4-20260812",
  ],
};

describe("sortModels", () => {
  it("offers four sorts, estimated usage first and default", () => {
    expect(MODEL_SORT.choices).toEqual(["usage", "tokens", "tasks", "name"]);
    expect(MODEL_SORT.default).toBe("usage");
  });

  it.each(MODEL_SORT.choices)("sorts the fixture's models by %s", (sort) => {
    expect(ids(sortModels(models, sort)).slice(0, 3)).toEqual(FIRST_THREE[sort]);
    expect(sortModels(models, sort)).toHaveLength(14);
  });

  it("puts one-task models after every two-task model when sorting by tasks", () => {
    const counts = sortModels(models, "tasks").map((model) => model.tagCount);
    expect(counts).toEqual([6, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]);
  });

  it("returns a new array", () => {
    expect(sortModels(models, "usage")).not.toBe(models);
  });
});

describe("filterModels", () => {
  it("keeps one provider's models", () => {
    expect(ids(filterModels(models, "openai"))).toEqual([
      "openai/gpt-6-astra-20260903",
      "openai/gpt-6-mini-20260903",
    ]);
    expect(ids(filterModels(models, "x-ai"))).toEqual(["x-ai/grok-5-20260930"]);
  });

  it("keeps every model without a provider and none for an unknown one", () => {
    expect(filterModels(models, null)).toBe(models);
    expect(filterModels(models, "nobody")).toEqual([]);
  });
});
