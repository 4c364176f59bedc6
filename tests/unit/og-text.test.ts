import { describe, expect, it } from "vitest";

import { previewText } from "@/components/og/og-text";

// What a link preview may lay out: bounded, and only glyphs of the font next/og bundles, so its
// renderer never fetches a font (or an emoji) from the network for a name upstream sent.

describe("previewText", () => {
  it("cuts a runaway name to the length asked, whatever its size", () => {
    const text = previewText("Long ".repeat(30_000), 48);
    expect(text).toHaveLength(48);
    expect(text.endsWith("…")).toBe(true);
  });

  it("keeps Latin, Cyrillic and punctuation the bundled font draws", () => {
    expect(previewText("Übersetzung – «Перевод» · 5 %", 60)).toBe("Übersetzung – «Перевод» · 5 %");
  });

  it("turns characters the bundled font lacks (Arabic, CJK, emoji, controls) into ?", () => {
    expect(previewText("ترجمة 模型 🚀\u0007", 60)).toBe("????? ?? ??");
  });
});
