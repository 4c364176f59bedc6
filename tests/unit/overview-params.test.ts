import { describe, expect, it } from "vitest";

import { overviewHref, parseOverviewParams } from "@/lib/url-state/overview-params";
import { parseTagParams } from "@/lib/url-state/tag-params";
import { tagHref } from "@/lib/derive/tags";

const MACRO_KEYS = ["code", "data", "agent", "general", "media"];
const MACRO_DAY = { macroCategories: MACRO_KEYS.map((key) => ({ key })) };
const VIEW_DEFAULTS = { metric: "both", theme: null, asOf: null, vs: "previous" };
const DEFAULTS = { macro: null, sort: "usage", ...VIEW_DEFAULTS };

describe("parseOverviewParams", () => {
  it("uses the defaults when there are no parameters", () => {
    expect(parseOverviewParams({}, MACRO_DAY)).toEqual({ state: DEFAULTS, ignored: [] });
  });

  it("ignores parameters it does not know", () => {
    expect(parseOverviewParams({ utm_source: "x", page: "2" }, MACRO_DAY)).toEqual({
      state: DEFAULTS,
      ignored: [],
    });
  });

  it("reads every setting: filter, sort, metric, theme, pinned date and comparison", () => {
    expect(
      parseOverviewParams(
        {
          macro: "code",
          sort: "tokens",
          metric: "usage",
          theme: "dark",
          as_of: "2026-11-18",
          vs: "30d",
        },
        MACRO_DAY,
      ),
    ).toEqual({
      state: {
        macro: "code",
        sort: "tokens",
        metric: "usage",
        theme: "dark",
        asOf: "2026-11-18",
        vs: "30d",
      },
      ignored: [],
    });
  });

  it.each(["usage", "tokens", "intensity", "name"] as const)("accepts sort=%s", (sort) => {
    expect(parseOverviewParams({ sort }, MACRO_DAY)).toEqual({
      state: { ...DEFAULTS, sort },
      ignored: [],
    });
  });

  it.each(["both", "usage", "tokens"] as const)("accepts metric=%s", (metric) => {
    expect(parseOverviewParams({ metric }, MACRO_DAY).state.metric).toBe(metric);
  });

  it("accepts a macro-category that only the upstream knows", () => {
    expect(parseOverviewParams({ macro: "media" }, MACRO_DAY).state.macro).toBe("media");
  });

  it("replaces unknown values by the defaults and reports them in parameter order", () => {
    expect(
      parseOverviewParams(
        { theme: "sepia", metric: "bytes", macro: "vision", sort: "size" },
        MACRO_DAY,
      ),
    ).toEqual({
      state: DEFAULTS,
      ignored: ["macro=vision", "sort=size", "metric=bytes", "theme=sepia"],
    });
  });

  it("is case-sensitive and reports empty values", () => {
    expect(parseOverviewParams({ macro: "Code", sort: "" }, MACRO_DAY)).toEqual({
      state: DEFAULTS,
      ignored: ["macro=Code", "sort="],
    });
  });

  it("keeps a valid parameter when the other is unknown", () => {
    expect(parseOverviewParams({ macro: "agent", sort: "bogus" }, MACRO_DAY)).toEqual({
      state: { ...DEFAULTS, macro: "agent" },
      ignored: ["sort=bogus"],
    });
  });

  it("checks the macro-category against the keys it is given", () => {
    expect(parseOverviewParams({ macro: "media" }, { macroCategories: [{ key: "code" }] })).toEqual(
      {
        state: DEFAULTS,
        ignored: ["macro=media"],
      },
    );
  });

  it("takes the first of repeated parameters", () => {
    expect(
      parseOverviewParams({ macro: ["agent", "code"], sort: ["name", "usage"] }, MACRO_DAY),
    ).toEqual({
      state: { ...DEFAULTS, macro: "agent", sort: "name" },
      ignored: [],
    });
  });

  it("reports the first of repeated parameters when it is unknown", () => {
    expect(
      parseOverviewParams({ macro: ["nope", "code"], sort: ["size", "name"] }, MACRO_DAY),
    ).toEqual({
      state: DEFAULTS,
      ignored: ["macro=nope", "sort=size"],
    });
  });

  it("treats an empty list or undefined as absent", () => {
    expect(parseOverviewParams({ macro: [], sort: undefined }, MACRO_DAY)).toEqual({
      state: DEFAULTS,
      ignored: [],
    });
  });
});

describe("overviewHref", () => {
  it("is / for the defaults", () => {
    expect(overviewHref({ macro: null, sort: "usage", metric: "both", theme: null })).toBe("/");
  });

  it("leaves out the default sort and metric", () => {
    expect(overviewHref({ macro: "code", sort: "usage", metric: "both" })).toBe("/?macro=code");
  });

  it("includes every non-default setting", () => {
    expect(overviewHref({ sort: "tokens" })).toBe("/?sort=tokens");
    expect(
      overviewHref({ macro: "agent", sort: "intensity", metric: "tokens", theme: "dark" }),
    ).toBe("/?macro=agent&sort=intensity&metric=tokens&theme=dark");
  });

  it("builds links for the embeddable twin", () => {
    expect(overviewHref({ macro: "code" }, "/embed")).toBe("/embed?macro=code");
    expect(overviewHref({}, "/embed")).toBe("/embed");
  });

  it("encodes what would break the query", () => {
    expect(overviewHref({ macro: "a b&c=d", sort: "name" })).toBe("/?macro=a+b%26c=d&sort=name");
  });

  it("round-trips through parseOverviewParams", () => {
    const state = {
      macro: "general",
      sort: "name",
      metric: "usage",
      theme: "light",
      asOf: "2026-11-18",
      vs: "7d",
    } as const;
    const query = new URLSearchParams(overviewHref(state).slice(2));
    expect(parseOverviewParams(Object.fromEntries(query), MACRO_DAY)).toEqual({
      state,
      ignored: [],
    });
  });
});

describe("parseTagParams", () => {
  it("reads the shared view settings and reports the unknown ones", () => {
    expect(parseTagParams({ metric: "tokens", theme: "dark", sort: "name" })).toEqual({
      state: { ...VIEW_DEFAULTS, metric: "tokens", theme: "dark" },
      ignored: [],
    });
    expect(parseTagParams({ metric: "all", theme: "" })).toEqual({
      state: VIEW_DEFAULTS,
      ignored: ["metric=all", "theme="],
    });
  });

  it("reads a pinned date as as_of and a comparison, and reports malformed ones", () => {
    expect(parseTagParams({ as_of: "2026-11-18", vs: "7d" })).toEqual({
      state: { ...VIEW_DEFAULTS, asOf: "2026-11-18", vs: "7d" },
      ignored: [],
    });
    expect(parseTagParams({ as_of: "2026-02-30", vs: "week", asOf: "2026-11-18" })).toEqual({
      state: VIEW_DEFAULTS,
      ignored: ["as_of=2026-02-30", "vs=week"],
    });
  });
});

describe("tagHref", () => {
  it("keeps a pinned date and comparison as as_of and vs", () => {
    expect(tagHref("code:debugging", { asOf: "2026-11-18", vs: "previous" })).toBe(
      "/tags/code%3Adebugging?as_of=2026-11-18",
    );
    expect(overviewHref({ macro: "code", asOf: "2026-11-18", vs: "30d" })).toBe(
      "/?macro=code&as_of=2026-11-18&vs=30d",
    );
  });

  it("encodes the tag and keeps only non-default view settings", () => {
    expect(tagHref("code:general_impl")).toBe("/tags/code%3Ageneral_impl");
    expect(tagHref("code:general_impl", { metric: "both", theme: "dark" })).toBe(
      "/tags/code%3Ageneral_impl?theme=dark",
    );
    expect(tagHref("a/b?c", { metric: "usage" }, "/embed")).toBe(
      "/embed/tags/a%2Fb%3Fc?metric=usage",
    );
  });
});
