import { describe, expect, it } from "vitest";

import { RANKINGS_CATEGORIES } from "@/lib/model";
import { identityColours, IDENTITY_SLOTS, preferredSlot } from "@/lib/derive/identity-colours";

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

  it("keeps a model's colour across its dated versions", () => {
    expect(preferredSlot("model", "google/gemini-2.5-flash-20250617")).toBe(
      preferredSlot("model", "google/gemini-2.5-flash"),
    );
  });

  it("gives the 12 categories 12 different colours", () => {
    const colours = identityColours("category", RANKINGS_CATEGORIES);
    expect(new Set(colours).size).toBe(12);
    expect(IDENTITY_SLOTS).toBeGreaterThanOrEqual(12);
  });
});
