import { describe, expect, it } from "vitest";

import { RANKINGS_CATEGORIES } from "@/lib/model";
import {
  identityColours,
  IDENTITY_SLOTS,
  preferredShade,
  preferredSlot,
} from "@/lib/derive/identity-colours";

describe("identityColours", () => {
  it("gives the known providers fixed colours, whatever else is drawn", () => {
    expect(identityColours("provider", ["anthropic", "google"])).toEqual([
      "var(--identity-4)",
      "var(--identity-1)",
    ]);
    expect(identityColours("provider", ["zzz", "google", "yyy", "anthropic"])[1]).toBe(
      "var(--identity-1)",
    );
  });

  it("does not depend on the order (the rank) of the identities", () => {
    const ids = ["acme/a-1", "acme/b-2", "openai/gpt-9", "google/gemini-9", "x/y", "q/r"];
    const forward = identityColours("model", ids);
    const backward = identityColours("model", [...ids].reverse()).reverse();
    expect(backward).toEqual(forward);
    expect(new Set(forward).size).toBe(ids.length);
  });

  it("draws a model in its provider's colour, in a shade of its own", () => {
    const colours = identityColours("model", [
      "google/gemini-3-pro-20260101",
      "anthropic/claude-sonnet-5-20260921",
      "google/gemini-3-flash-20260101",
      "anthropic/claude-opus-5-20260921",
      "openai/gpt-6-20260903",
    ]);
    const google = /^var\(--identity-1(-\w+)?\)$/;
    const anthropic = /^var\(--identity-4(-\w+)?\)$/;
    expect(colours.map((colour) => google.test(colour))).toEqual([true, false, true, false, false]);
    expect(colours.map((colour) => anthropic.test(colour))).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(colours[4]).toMatch(/^var\(--identity-3(-\w+)?\)$/);
    expect(new Set(colours).size).toBe(5);
  });

  it("keeps a model's colour from chart to chart while its provider's shades suffice", () => {
    const model = "anthropic/claude-sonnet-5-20260921";
    const alone = identityColours("model", [model])[0];
    const withOthers = identityColours("model", ["openai/gpt-6", model, "google/gemini-3-pro"]);
    expect(withOthers[1]).toBe(alone);
    // Its dated versions are the same model.
    expect(identityColours("model", ["anthropic/claude-sonnet-5"])[0]).toBe(alone);
  });

  it("gives a sixth model of one provider a colour no provider in the chart uses", () => {
    const ids = [
      "google/a",
      "google/b",
      "google/c",
      "google/d",
      "google/e",
      "google/f",
      "openai/g",
    ];
    const colours = identityColours("model", ids);
    expect(new Set(colours).size).toBe(ids.length);
    expect(colours.filter((colour) => colour.startsWith("var(--identity-1"))).toHaveLength(5);
    expect(colours.filter((colour) => colour.startsWith("var(--identity-3"))).toHaveLength(1);
  });

  it("keeps a model's colour across its dated versions", () => {
    expect(preferredSlot("model", "google/gemini-2.5-flash-20250617")).toBe(
      preferredSlot("model", "google/gemini-2.5-flash"),
    );
    expect(preferredShade("google/gemini-2.5-flash-20250617")).toBe(
      preferredShade("google/gemini-2.5-flash"),
    );
  });

  it("gives the 12 categories 12 different colours", () => {
    const colours = identityColours("category", RANKINGS_CATEGORIES);
    expect(new Set(colours).size).toBe(12);
    expect(IDENTITY_SLOTS).toBeGreaterThanOrEqual(12);
  });
});
