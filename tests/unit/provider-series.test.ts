import { describe, expect, it } from "vitest";

import type { ProviderSplit } from "@/lib/derive/model-usage";
import { providerPalette, seriesInUse, stackValues } from "@/lib/derive/provider-series";

const RANKED = ["openai", "anthropic", "google", "deepseek", "meta-llama", "qwen", "mistralai"];

describe("providerPalette", () => {
  it("gives each provider its identity's colour and ends with the unlisted remainder", () => {
    const palette = providerPalette(RANKED.slice(0, 3));
    expect(palette.series.map((item) => [item.key, item.label, item.colour])).toEqual([
      ["p1", "openai", "var(--identity-3)"],
      ["p2", "anthropic", "var(--identity-4)"],
      ["p3", "google", "var(--identity-1)"],
      ["other", "Other models", "var(--provider-unlisted)"],
    ]);
  });

  it("keeps every provider's colour when the ranking changes", () => {
    const colours = (ranked: string[]) =>
      Object.fromEntries(
        ranked.map((provider) => [provider, providerPalette(ranked).seriesOf(provider).colour]),
      );
    const before = colours(["openai", "anthropic", "acme", "google"]);
    const after = colours(["google", "acme", "anthropic", "openai"]);
    expect(after).toEqual(before);
    expect(new Set(Object.values(before)).size).toBe(4);
  });

  it("labels with the names it is given and lists only the smaller providers present", () => {
    const ranked = [...RANKED, "moonshotai", "x-ai", "z-ai", "minimax"];
    const palette = providerPalette(ranked, (provider) => provider.toUpperCase());
    expect(palette.seriesOf("openai").label).toBe("OPENAI");
    const values = [{ rest: 0.2 }];
    const [rest] = seriesInUse(palette, values, ["x-ai", "openai"]);
    expect(rest).toMatchObject({ key: "rest", providers: ["x-ai"], names: ["X-AI"] });
  });

  it("groups the providers beyond the eighth into one segment", () => {
    const ranked = [...RANKED, "moonshotai", "x-ai", "z-ai", "minimax"];
    const palette = providerPalette(ranked);
    expect(palette.series.map((item) => item.key)).toEqual([
      "p1",
      "p2",
      "p3",
      "p4",
      "p5",
      "p6",
      "p7",
      "p8",
      "rest",
      "other",
    ]);
    expect(palette.seriesOf("moonshotai").key).toBe("p8");
    expect(palette.seriesOf("x-ai")).toMatchObject({
      key: "rest",
      label: "Smaller providers",
      colour: "var(--provider-rest)",
      providers: ["x-ai", "z-ai", "minimax"],
    });
  });

  it("uses keys, never provider names, so odd names cannot collide with chart fields", () => {
    const palette = providerPalette(["rowLabel", "__proto__", "a.b", ""]);
    expect(palette.series.map((item) => item.key)).toEqual(["p1", "p2", "p3", "p4", "other"]);
    expect(palette.series.map((item) => item.label)).toEqual([
      "rowLabel",
      "__proto__",
      "a.b",
      "(no provider)",
      "Other models",
    ]);
    expect(palette.seriesOf("__proto__").key).toBe("p2");
  });
});

describe("stackValues", () => {
  const palette = providerPalette(["openai", "anthropic", "a", "b", "c", "d", "e", "f", "x", "y"]);
  const split: ProviderSplit = {
    providers: [
      { provider: "anthropic", models: [], usageShare: 0.3, tokenShare: 0.34 },
      { provider: "x", models: [], usageShare: 0.1, tokenShare: 0.05 },
      { provider: "y", models: [], usageShare: 0.05, tokenShare: 0.06 },
    ],
    otherModels: { usageShare: 0.55, tokenShare: 0.55 },
  };

  it("puts each provider under its series, smaller ones summed, zero elsewhere", () => {
    const values = stackValues(split, "usage", palette);
    expect(values.p1).toBe(0);
    expect(values.p2).toBe(0.3);
    expect(values.rest).toBeCloseTo(0.15, 12); // 0.1 + 0.05
    expect(values.other).toBe(0.55);
    expect(Object.keys(values)).toEqual(palette.series.map((item) => item.key));
  });

  it("reads tokens when asked", () => {
    const values = stackValues(split, "tokens", palette);
    expect(values.p2).toBe(0.34);
    expect(values.rest).toBeCloseTo(0.11, 12); // 0.05 + 0.06
  });

  it("names only the series a chart draws", () => {
    const used = seriesInUse(palette, [stackValues(split, "usage", palette)]);
    expect(used.map((item) => item.key)).toEqual(["p2", "rest", "other"]);
  });
});
