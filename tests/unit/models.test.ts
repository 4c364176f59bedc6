import { describe, expect, it } from "vitest";

import { chartModelName } from "@/lib/models";

describe("chartModelName", () => {
  it.each([
    ["anthropic/claude-opus-5.5-20260921", "claude-opus-5.5"],
    ["openai/gpt-6-astra-20260903", "gpt-6-astra"],
    ["meta-llama/llama-5-maverick-20260710", "llama-5-maverick"],
    ["qwen/qwen3.5-coder-20260820", "qwen3.5-coder"],
  ])("shortens %s to %s", (id, name) => {
    expect(chartModelName(id)).toBe(name);
  });

  it("keeps a name with no date suffix", () => {
    expect(chartModelName("mistralai/mistral-large")).toBe("mistral-large");
    expect(chartModelName("x-ai/grok-5-2026")).toBe("grok-5-2026");
  });

  it("drops only the vendor before the first slash", () => {
    expect(chartModelName("vendor/family/model-20260101")).toBe("family/model");
  });

  it("handles ids without a vendor", () => {
    expect(chartModelName("local-model-20260101")).toBe("local-model");
    expect(chartModelName("local-model")).toBe("local-model");
  });

  it("never returns an empty name", () => {
    expect(chartModelName("vendor/")).toBe("vendor/");
    expect(chartModelName("vendor/-20260921")).toBe("-20260921");
  });
});
