import { describe, expect, it } from "vitest";

import { macroColours } from "@/lib/derive/macro-categories";

function coloursFor(keys: string[]): string[] {
  const colourOf = macroColours(keys);
  return keys.map(colourOf);
}

describe("macroColours", () => {
  it("gives the four known keys their fixed colours", () => {
    expect(coloursFor(["code", "data", "agent", "general"])).toEqual([
      "var(--chart-code)",
      "var(--chart-data)",
      "var(--chart-agent)",
      "var(--chart-general)",
    ]);
  });

  it("gives an unknown key the first spare colour, whatever its position", () => {
    expect(coloursFor(["media", "code"])).toEqual(["var(--chart-extra-1)", "var(--chart-code)"]);
  });

  it("hands out spare colours in order and wraps around after the third", () => {
    expect(coloursFor(["code", "media", "vision", "data", "audio", "robotics"])).toEqual([
      "var(--chart-code)",
      "var(--chart-extra-1)",
      "var(--chart-extra-2)",
      "var(--chart-data)",
      "var(--chart-extra-3)",
      "var(--chart-extra-1)",
    ]);
  });

  it("answers a key it was not given with the neutral fallback", () => {
    expect(macroColours(["code"])("media")).toBe("var(--chart-extra-3)");
  });

  it("treats keys that are Object.prototype names as ordinary unknown keys", () => {
    expect(coloursFor(["code", "constructor", "toString", "__proto__"])).toEqual([
      "var(--chart-code)",
      "var(--chart-extra-1)",
      "var(--chart-extra-2)",
      "var(--chart-extra-3)",
    ]);
  });
});
