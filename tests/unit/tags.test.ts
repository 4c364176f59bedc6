import { describe, expect, it } from "vitest";

import type { TagShare } from "@/lib/model";
import {
  decodeTagSegment,
  filterTags,
  findTagBySegment,
  sortTags,
  TAG_SORT,
  tagHref,
  type TagSort,
} from "@/lib/derive/tags";

import { fixtureSnapshot } from "./fixture-helpers";

const tags = fixtureSnapshot().tags;
const names = (list: TagShare[]) => list.map((tag) => tag.tag);

const EXPECTED_ORDER: Record<TagSort, string[]> = {
  usage: [
    "roleplay_fiction",
    "code:general_impl",
    "code:debugging",
    "code:frontend_ui",
    "agent:web_search",
    "translation",
    "agent:tool_dispatch",
    "summarization",
    "data:extraction",
    "media:image_generation",
  ],
  tokens: [
    "code:general_impl",
    "code:debugging",
    "roleplay_fiction",
    "code:frontend_ui",
    "agent:web_search",
    "summarization",
    "translation",
    "agent:tool_dispatch",
    "data:extraction",
    "media:image_generation",
  ],
  // 0.0312/0.041 = 0.76098 just beats 0.07/0.092 = 0.76087.
  intensity: [
    "code:general_impl",
    "code:frontend_ui",
    "code:debugging",
    "summarization",
    "roleplay_fiction",
    "data:extraction",
    "agent:web_search",
    "media:image_generation",
    "agent:tool_dispatch",
    "translation",
  ],
  // By display name: Code Generation, Data Extraction, Debugging, Frontend UI, Image Generation,
  // Roleplay & Fiction, Summarization, Tool Dispatch, Translation, Web Search.
  name: [
    "code:general_impl",
    "data:extraction",
    "code:debugging",
    "code:frontend_ui",
    "media:image_generation",
    "roleplay_fiction",
    "summarization",
    "agent:tool_dispatch",
    "translation",
    "agent:web_search",
  ],
};

function withOverrides(base: TagShare, overrides: Partial<TagShare>): TagShare {
  return { ...base, ...overrides };
}

describe("sort options", () => {
  it("lists the four sorts with labels, usage first and default", () => {
    expect(TAG_SORT.choices).toEqual(["usage", "tokens", "intensity", "name"]);
    expect(TAG_SORT.default).toBe("usage");
    expect(TAG_SORT.labels).toEqual({
      usage: "Usage share",
      tokens: "Token share",
      intensity: "Token intensity",
      name: "Name",
    });
  });
});

describe("sortTags", () => {
  it.each(TAG_SORT.choices)("sorts the fixture by %s", (sort) => {
    expect(names(sortTags(tags, sort))).toEqual(EXPECTED_ORDER[sort]);
  });

  it("returns a new array and leaves its input alone", () => {
    const input = [...tags];
    const sorted = sortTags(input, "name");
    expect(sorted).not.toBe(input);
    expect(names(input)).toEqual(EXPECTED_ORDER.usage);
  });

  it("keeps upstream order for ties", () => {
    const [a, b, c] = tags;
    if (!a || !b || !c) throw new Error("fixture too short");
    const tied = [
      withOverrides(c, { usageShare: 0.1, tokenShare: 0.2, tokenIntensity: 2 }),
      withOverrides(a, { usageShare: 0.1, tokenShare: 0.2, tokenIntensity: 2 }),
      withOverrides(b, { usageShare: 0.1, tokenShare: 0.2, tokenIntensity: 2 }),
    ];
    const expected = [c.tag, a.tag, b.tag];
    expect(names(sortTags(tied, "usage"))).toEqual(expected);
    expect(names(sortTags(tied, "tokens"))).toEqual(expected);
    expect(names(sortTags(tied, "intensity"))).toEqual(expected);
  });

  it("puts tags with unknown intensity last", () => {
    const [a, b, c] = tags;
    if (!a || !b || !c) throw new Error("fixture too short");
    const list = [
      withOverrides(a, { tokenIntensity: null }),
      b,
      withOverrides(c, { tokenIntensity: 0 }),
    ];
    expect(names(sortTags(list, "intensity"))).toEqual([b.tag, c.tag, a.tag]);
  });

  it("sorts names without regard to case", () => {
    const [a, b, c] = tags;
    if (!a || !b || !c) throw new Error("fixture too short");
    const list = [
      withOverrides(a, { displayName: "beta" }),
      withOverrides(b, { displayName: "Alpha" }),
      withOverrides(c, { displayName: "alpha two" }),
    ];
    expect(sortTags(list, "name").map((tag) => tag.displayName)).toEqual([
      "Alpha",
      "alpha two",
      "beta",
    ]);
  });
});

describe("filterTags", () => {
  it("keeps the tags of one macro-category in their order", () => {
    expect(names(filterTags(tags, "code"))).toEqual([
      "code:general_impl",
      "code:debugging",
      "code:frontend_ui",
    ]);
    expect(names(filterTags(tags, "general"))).toEqual([
      "roleplay_fiction",
      "translation",
      "summarization",
    ]);
    expect(names(filterTags(tags, "media"))).toEqual(["media:image_generation"]);
  });

  it("returns every tag without a macro-category", () => {
    expect(filterTags(tags, null)).toBe(tags);
  });

  it("returns nothing for a key no tag has", () => {
    expect(filterTags(tags, "vision")).toEqual([]);
    expect(filterTags(tags, "Code")).toEqual([]);
  });
});

describe("tagHref", () => {
  it("encodes the colon of a namespaced tag", () => {
    expect(tagHref("code:general_impl")).toBe("/tags/code%3Ageneral_impl");
  });

  it("leaves a plain tag as is", () => {
    expect(tagHref("translation")).toBe("/tags/translation");
  });

  it("encodes characters that would change the path or query", () => {
    expect(tagHref("a/b?c#d e%")).toBe("/tags/a%2Fb%3Fc%23d%20e%25");
    expect(tagHref("../admin")).toBe("/tags/..%2Fadmin");
  });
});

describe("decodeTagSegment", () => {
  it("decodes an encoded tag", () => {
    expect(decodeTagSegment("code%3Ageneral_impl")).toBe("code:general_impl");
    expect(decodeTagSegment("code:general_impl")).toBe("code:general_impl");
    expect(decodeTagSegment("%E4%BB%A3%E7%A0%81")).toBe("代码");
  });

  it("returns undefined for malformed encoding", () => {
    expect(decodeTagSegment("%E0%A4%A")).toBeUndefined();
    expect(decodeTagSegment("%")).toBeUndefined();
    expect(decodeTagSegment("%ZZ")).toBeUndefined();
  });

  it("round-trips every tag through tagHref", () => {
    const odd = ["code:general_impl", "a/b?c#d e%", "<script>", "代码:生成"];
    for (const tag of [...tags.map((item) => item.tag), ...odd]) {
      expect(decodeTagSegment(tagHref(tag).slice("/tags/".length))).toBe(tag);
    }
  });
});

describe("findTagBySegment", () => {
  const odd = [{ tag: "100%_done" }, { tag: "a%3Ab" }, { tag: "a:b" }];

  it("finds a tag from its encoded segment", () => {
    expect(findTagBySegment(tags, "code%3Ageneral_impl")?.tag).toBe("code:general_impl");
    expect(findTagBySegment(tags, "translation")?.tag).toBe("translation");
  });

  it("finds a tag from an already decoded segment", () => {
    expect(findTagBySegment(tags, "code:general_impl")?.tag).toBe("code:general_impl");
    expect(findTagBySegment(odd, "100%_done")).toEqual({ tag: "100%_done" });
  });

  it("prefers the decoded reading when both match", () => {
    expect(findTagBySegment(odd, "a%3Ab")).toEqual({ tag: "a:b" });
    expect(findTagBySegment([{ tag: "a%3Ab" }], "a%3Ab")).toEqual({ tag: "a%3Ab" });
  });

  it("returns undefined for a tag that does not exist or malformed encoding", () => {
    expect(findTagBySegment(tags, "code%3Anope")).toBeUndefined();
    expect(findTagBySegment(tags, "%E0%A4%A")).toBeUndefined();
    expect(findTagBySegment([], "translation")).toBeUndefined();
  });
});
