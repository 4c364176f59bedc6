import { describe, expect, it } from "vitest";

import { citationFor, RANKINGS_URL } from "@/lib/citation";

describe("citationFor", () => {
  it("writes the provider's required line with the as_of date", () => {
    expect(citationFor("2026-11-21")).toBe(
      "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
    );
  });

  it("links to the rankings page", () => {
    expect(RANKINGS_URL).toBe("https://openrouter.ai/rankings");
  });
});
