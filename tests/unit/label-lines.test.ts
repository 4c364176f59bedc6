import { describe, expect, it } from "vitest";

import { labelLines } from "@/components/charts/svg/label-lines";

describe("labelLines", () => {
  it("keeps a label that fits on one line", () => {
    expect(labelLines("Code Generation", 22)).toEqual(["Code Generation"]);
  });

  it("wraps a long task name to a second line instead of cutting it", () => {
    expect(labelLines("Classification & Tagging", 22)).toEqual(["Classification &", "Tagging"]);
    expect(labelLines("Structured Data Extraction and Normalisation", 22)).toEqual([
      "Structured Data",
      "Extraction and Normal…",
    ]);
  });

  it("breaks a name without spaces after a hyphen or slash", () => {
    expect(labelLines("anthropic/claude-opus-5.5-20260921-preview", 22)).toEqual([
      "anthropic/claude-opus-",
      "5.5-20260921-preview",
    ]);
    expect(labelLines("claude-sonnet-4.5", 10)).toEqual(["claude-", "sonnet-4.5"]);
  });

  it("breaks inside a word, with a hyphen, when that is what lets two lines hold the label", () => {
    // A phone's 13 characters a line: these were "Conversatio…" and "Data Transformati…".
    expect(labelLines("Conversational Reply", 13)).toEqual(["Conversation-", "al Reply"]);
    expect(labelLines("Data Transformation", 13)).toEqual(["Data Transfo-", "rmation"]);
  });

  it("shortens only what two lines cannot hold", () => {
    expect(labelLines("Roleplay & Interactive Fiction", 10)).toEqual(["Roleplay &", "Interacti…"]);
    expect(labelLines("supercalifragilistic", 10)).toEqual(["supercali…"]);
  });
});
