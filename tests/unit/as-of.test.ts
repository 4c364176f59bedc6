import { describe, expect, it } from "vitest";

import { asOfOf, parseAsOf, pinnedDayIn, pinnedDayOf, withAsOf } from "@/lib/url-state/as-of";

describe("parseAsOf: the one reader of ?as_of=", () => {
  it("reads no value as the latest day", () => {
    expect(parseAsOf(null)).toEqual({ kind: "latest" });
    expect(parseAsOf(undefined)).toEqual({ kind: "latest" });
  });

  it("reads a calendar day", () => {
    expect(parseAsOf("2026-11-18")).toEqual({ kind: "day", asOf: "2026-11-18" });
  });

  it("calls anything else malformed, keeping what was sent for the message", () => {
    for (const raw of ["", "2026-02-30", "2026-11-18T00:00:00Z", "18/11/2026", " 2026-11-18"]) {
      expect(parseAsOf(raw)).toEqual({ kind: "malformed", raw });
    }
  });

  it("reads a request URL, and a page query's first value as nuqs does", () => {
    expect(asOfOf("http://x/api/models?as_of=2026-11-18")).toEqual({
      kind: "day",
      asOf: "2026-11-18",
    });
    expect(pinnedDayOf(asOfOf("http://x/preview?as_of=yesterday"))).toBeNull();
    expect(pinnedDayIn({ as_of: ["2026-11-16", "2026-11-18"] })).toBe("2026-11-16");
    expect(pinnedDayIn({})).toBeNull();
  });

  it("swaps the day of a path and query, keeping the rest", () => {
    expect(withAsOf("/models?sort=tokens&as_of=2026-01-01", "2026-11-18")).toBe(
      "/models?sort=tokens&as_of=2026-11-18",
    );
    expect(withAsOf("/tags/code%3Ageneral_impl", "2026-11-18")).toBe(
      "/tags/code%3Ageneral_impl?as_of=2026-11-18",
    );
  });
});
