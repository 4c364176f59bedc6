import { describe, expect, it } from "vitest";

import { overviewHref, parseOverviewParams } from "@/lib/overview-params";

const MACRO_KEYS = ["code", "data", "agent", "general", "media"];

describe("parseOverviewParams", () => {
  it("uses the defaults when there are no parameters", () => {
    expect(parseOverviewParams({}, MACRO_KEYS)).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: [],
    });
  });

  it("ignores parameters it does not know", () => {
    expect(parseOverviewParams({ utm_source: "x", page: "2" }, MACRO_KEYS)).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: [],
    });
  });

  it("reads a known macro-category and sort", () => {
    expect(parseOverviewParams({ macro: "code", sort: "tokens" }, MACRO_KEYS)).toEqual({
      state: { macro: "code", sort: "tokens" },
      ignored: [],
    });
  });

  it.each(["usage", "tokens", "intensity", "name"] as const)("accepts sort=%s", (sort) => {
    expect(parseOverviewParams({ sort }, MACRO_KEYS)).toEqual({
      state: { macro: undefined, sort },
      ignored: [],
    });
  });

  it("accepts a macro-category that only the upstream knows", () => {
    expect(parseOverviewParams({ macro: "media" }, MACRO_KEYS).state.macro).toBe("media");
  });

  it("replaces unknown values by the defaults and reports them", () => {
    expect(parseOverviewParams({ macro: "vision", sort: "size" }, MACRO_KEYS)).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: ["macro=vision", "sort=size"],
    });
  });

  it("is case-sensitive and reports empty values", () => {
    expect(parseOverviewParams({ macro: "Code", sort: "" }, MACRO_KEYS)).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: ["macro=Code", "sort="],
    });
  });

  it("keeps a valid parameter when the other is unknown", () => {
    expect(parseOverviewParams({ macro: "agent", sort: "bogus" }, MACRO_KEYS)).toEqual({
      state: { macro: "agent", sort: "usage" },
      ignored: ["sort=bogus"],
    });
  });

  it("checks the macro-category against the keys it is given", () => {
    expect(parseOverviewParams({ macro: "media" }, ["code"])).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: ["macro=media"],
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(
      parseOverviewParams({ macro: ["agent", "code"], sort: ["name", "usage"] }, MACRO_KEYS),
    ).toEqual({
      state: { macro: "agent", sort: "name" },
      ignored: [],
    });
  });

  it("reports the first of repeated parameters when it is unknown", () => {
    expect(
      parseOverviewParams({ macro: ["nope", "code"], sort: ["size", "name"] }, MACRO_KEYS),
    ).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: ["macro=nope", "sort=size"],
    });
  });

  it("treats an empty list or undefined as absent", () => {
    expect(parseOverviewParams({ macro: [], sort: undefined }, MACRO_KEYS)).toEqual({
      state: { macro: undefined, sort: "usage" },
      ignored: [],
    });
  });
});

describe("overviewHref", () => {
  it("is / for the defaults", () => {
    expect(overviewHref({ macro: undefined, sort: "usage" })).toBe("/");
  });

  it("leaves out the default sort", () => {
    expect(overviewHref({ macro: "code", sort: "usage" })).toBe("/?macro=code");
  });

  it("includes a non-default sort", () => {
    expect(overviewHref({ macro: undefined, sort: "tokens" })).toBe("/?sort=tokens");
    expect(overviewHref({ macro: "agent", sort: "intensity" })).toBe(
      "/?macro=agent&sort=intensity",
    );
  });

  it("encodes the macro-category key", () => {
    expect(overviewHref({ macro: "a b&c=d", sort: "name" })).toBe("/?macro=a+b%26c%3Dd&sort=name");
  });

  it("round-trips through parseOverviewParams", () => {
    const state = { macro: "general", sort: "name" } as const;
    const query = new URLSearchParams(overviewHref(state).slice(2));
    expect(parseOverviewParams(Object.fromEntries(query), MACRO_KEYS)).toEqual({
      state,
      ignored: [],
    });
  });
});
