import { describe, expect, it } from "vitest";

import { deriveModelUsage } from "@/lib/derive/model-usage";
import {
  matchText,
  MAX_QUERY_LENGTH,
  normalizeSearchText,
  searchDay,
  type SearchableModel,
  type SearchGroup,
} from "@/lib/derive/search";
import { parseSearchPageParams, searchHref } from "@/lib/url-state/search-page-params";

import { fixtureSnapshot } from "./fixture-helpers";

// Expected orders are worked out by hand from the fixture (tests/fixtures/upstream-2026-11-21.json).
// Estimated request shares used to break ties (within-tag share × tag usage share, summed):
//   openai/gpt-6-astra        0.1681   anthropic/claude-opus-5.5  0.0863
//   google/gemini-3.5-pro     0.0693   anthropic/claude-sonnet-5  0.0654
//   google/gemini-3.5-flash   0.0380   openai/gpt-6-mini          0.0155
//   x-ai/grok-5               0.0138   z-ai/glm-5                 0.0065
// Providers: openai 0.1836, anthropic 0.1517, mistralai 0.0285, moonshotai 0.0190,
// x-ai 0.0138, z-ai 0.0065.

const snapshot = fixtureSnapshot();
const usage = deriveModelUsage(snapshot);

function search(query: string) {
  return searchDay(snapshot, usage, query);
}

/** A group as [key, match] pairs, in order. */
function listed<T>(group: SearchGroup<T>, key: (item: T) => string) {
  return group.hits.map((hit) => [key(hit.item), hit.match]);
}

const tasks = (query: string) => listed(search(query).tasks, (tag) => tag.tag);
const models = (query: string) => listed(search(query).models, (model) => model.id);
const providers = (query: string) => listed(search(query).providers, (item) => item.provider);

describe("normalizeSearchText", () => {
  it("lowers case, drops accents and turns every run of word breaks into one space", () => {
    expect(normalizeSearchText("  Débogage:Code__x--Y/z  ")).toBe("debogage code x y z");
    expect(normalizeSearchText("Roleplay & Fiction")).toBe("roleplay fiction");
    // Dots stay: "3.5" is one word.
    expect(normalizeSearchText("google/gemini-3.5-pro")).toBe("google gemini 3.5 pro");
    expect(normalizeSearchText("ＣＯＤＥ")).toBe("code");
  });
});

describe("matchText", () => {
  it("ranks exact over prefix over word-prefix over substring", () => {
    expect(matchText("code debugging", "code debugging")).toBe("exact");
    expect(matchText("code debugging", "code deb")).toBe("prefix");
    expect(matchText("code debugging", "deb")).toBe("word");
    expect(matchText("code debugging", "bug")).toBe("substring");
    expect(matchText("x ai", "xai")).toBe("substring");
    expect(matchText("code debugging", "xyz")).toBeNull();
    expect(matchText("code debugging", "")).toBeNull();
  });
});

describe("searchDay on the fixture", () => {
  it("finds a task by the start of its name (debug → Debugging, code:debugging)", () => {
    const results = search("debug");
    expect(listed(results.tasks, (tag) => `${tag.displayName} ${tag.tag}`)).toEqual([
      ["Debugging code:debugging", "prefix"],
    ]);
    expect(results.models).toEqual({ hits: [], total: 0 });
    expect(results.providers).toEqual({ hits: [], total: 0 });
  });

  it("finds a task by its key, with any word breaks, case and accents", () => {
    for (const query of ["code:debugging", "Code Debugging", "CODE-DEBUGGING", "cödé_débugging"]) {
      expect(tasks(query), query).toEqual([["code:debugging", "exact"]]);
    }
    expect(tasks("DÉBUG")).toEqual([["code:debugging", "prefix"]]);
    expect(tasks("impl")).toEqual([["code:general_impl", "word"]]);
  });

  it("ranks equal matches by usage share: code:general_impl 18.42%, debugging 15.63%, frontend 10.66%", () => {
    expect(tasks("code")).toEqual([
      ["code:general_impl", "prefix"],
      ["code:debugging", "prefix"],
      ["code:frontend_ui", "prefix"],
    ]);
    // qwen3.5-coder: "coder" starts with "code".
    expect(models("code")).toEqual([["qwen/qwen3.5-coder-20260820", "word"]]);
  });

  it("finds a model by its slug, without its provider or its date", () => {
    expect(models("claude-opus-5.5")).toEqual([["anthropic/claude-opus-5.5-20260921", "exact"]]);
    expect(models("Claude Opus 5.5 20260921")).toEqual([
      ["anthropic/claude-opus-5.5-20260921", "exact"],
    ]);
    expect(models("anthropic/claude-opus-5.5-20260921")).toEqual([
      ["anthropic/claude-opus-5.5-20260921", "exact"],
    ]);
    expect(models("claude")).toEqual([
      ["anthropic/claude-opus-5.5-20260921", "prefix"],
      ["anthropic/claude-sonnet-5-20260921", "prefix"],
    ]);
    expect(models("gemini")).toEqual([
      ["google/gemini-3.5-pro-20261015", "prefix"],
      ["google/gemini-3.5-flash-20261015", "prefix"],
    ]);
    expect(models("flash")).toEqual([["google/gemini-3.5-flash-20261015", "word"]]);
    // Without word breaks, as a substring: gpt-6-astra 16.81% before gpt-6-mini 1.55%.
    expect(models("gpt6")).toEqual([
      ["openai/gpt-6-astra-20260903", "substring"],
      ["openai/gpt-6-mini-20260903", "substring"],
    ]);
  });

  it("puts better matches first whatever their share", () => {
    // gpt-6-mini's slug is the query exactly; gpt-6-astra (ten times its share) does not match.
    expect(models("gpt-6-mini")).toEqual([["openai/gpt-6-mini-20260903", "exact"]]);
    // Word-prefix x-ai (1.38%) and z-ai before substring openai (18.36%).
    expect(providers("ai")).toEqual([
      ["x-ai", "word"],
      ["z-ai", "word"],
      ["openai", "substring"],
      ["mistralai", "substring"],
      ["moonshotai", "substring"],
    ]);
    expect(models("ai").slice(0, 4)).toEqual([
      ["x-ai/grok-5-20260930", "word"],
      ["z-ai/glm-5-20260915", "word"],
      ["openai/gpt-6-astra-20260903", "substring"],
      ["mistralai/mistral-large-3-20260901", "substring"],
    ]);
  });

  it("finds a provider by its name, and its models by their ids", () => {
    expect(providers("anthropic")).toEqual([["anthropic", "exact"]]);
    expect(models("anthropic")).toEqual([
      ["anthropic/claude-opus-5.5-20260921", "prefix"],
      ["anthropic/claude-sonnet-5-20260921", "prefix"],
    ]);
    expect(providers("llama")).toEqual([["meta-llama", "word"]]);
    expect(providers("xai")).toEqual([["x-ai", "substring"]]);
  });

  it("finds nothing for an empty query, word breaks only, or text nothing contains", () => {
    for (const query of ["", "   ", " :/-_ ", "<script>alert(1)</script>"]) {
      const results = search(query);
      expect([results.tasks.total, results.models.total, results.providers.total], query).toEqual([
        0, 0, 0,
      ]);
    }
    expect(search(" :/-_ ").normalized).toBe("");
  });

  it("bounds the query and the number of results, and counts every match", () => {
    expect(search("a".repeat(5000)).normalized).toHaveLength(MAX_QUERY_LENGTH);
    const cut = searchDay(snapshot, usage, "e", { tasks: 2, models: 3, providers: 1 });
    expect(cut.tasks.hits).toHaveLength(2);
    expect(cut.tasks.total).toBe(search("e").tasks.total);
    expect(cut.tasks.total).toBeGreaterThan(2);
    expect(cut.models.hits).toHaveLength(3);
    expect(cut.providers.hits).toHaveLength(1);
  });
});

describe("searchDay on literal models", () => {
  const day = { tags: [] };
  const model = (id: string, estUsageShare: number, name?: string): SearchableModel => ({
    id,
    estUsageShare,
    ...(name ? { name } : {}),
  });

  it("keeps the given order between equal matches with equal shares", () => {
    const models = [model("b/alpha-1", 0.1), model("a/alpha-2", 0.1), model("c/alpha-3", 0.2)];
    const found = searchDay(day, { models, providers: [] }, "alpha");
    expect(found.models.hits.map((hit) => hit.item.id)).toEqual([
      "c/alpha-3",
      "b/alpha-1",
      "a/alpha-2",
    ]);
  });

  it("also matches a display name when a model has one", () => {
    const models = [model("x/y-20260101", 0, "Fancy Model Pro"), model("x/fancy-z", 0.5)];
    const found = searchDay(day, { models, providers: [] }, "fancy model");
    expect(found.models.hits).toEqual([{ item: models[0], match: "prefix" }]);
    expect(searchDay(day, { models, providers: [] }, "fancy").models.hits).toHaveLength(2);
  });

  it("matches an id that names no provider on the whole id", () => {
    const models = [model("solo-20260101", 0.1)];
    expect(searchDay(day, { models, providers: [] }, "solo").models.hits).toEqual([
      { item: models[0], match: "exact" },
    ]);
  });
});

describe("search page parameters", () => {
  it("reads the query, the pinned day and a theme, and cuts a long query", () => {
    expect(parseSearchPageParams({ q: "claude", as_of: "2026-11-18" })).toEqual({
      state: { q: "claude", asOf: "2026-11-18", theme: null },
      ignored: [],
    });
    expect(parseSearchPageParams({}).state.q).toBe("");
    expect(parseSearchPageParams({ q: ["first", "second"] }).state.q).toBe("first");
    expect(parseSearchPageParams({ q: "x".repeat(300) }).state.q).toHaveLength(MAX_QUERY_LENGTH);
    // An emoji at the cut is kept whole or dropped, never halved.
    const cut = parseSearchPageParams({ q: `${"x".repeat(99)}😀😀` }).state.q;
    expect(cut).toBe(`${"x".repeat(99)}😀`);
  });

  it("writes links with the query encoded and the empty query left out", () => {
    expect(searchHref({ q: "claude opus" })).toBe("/search?q=claude+opus");
    expect(searchHref({ q: "a&b", asOf: "2026-11-18" })).toBe("/search?q=a%26b&as_of=2026-11-18");
    expect(searchHref({ q: "" })).toBe("/search");
  });
});
