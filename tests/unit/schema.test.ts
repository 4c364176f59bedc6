import { describe, expect, it } from "vitest";

import {
  describeSchemaError,
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "@/lib/openrouter/schema";

import {
  fixtureJson,
  NEXT_DAY_FIXTURE,
  REMOVE,
  sampleJson,
  valueAt,
  withChange,
  type JsonPath,
} from "./fixture-helpers";

type Issue = { code: string; path: PropertyKey[] };

function parse(body: unknown) {
  return rawClassificationsResponseSchema.safeParse(body);
}

/** The issues of a failed parse as {code, path}, or the parsed data when it did not fail. */
function issuesOf(body: unknown): Issue[] {
  const result = parse(body);
  if (result.success) throw new Error("expected the payload to be rejected");
  return result.error.issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

function dataOf(body: unknown): RawClassificationsData {
  const result = parse(body);
  if (!result.success) throw new Error(describeSchemaError(result.error));
  return result.data.data;
}

const CLASSIFICATION: JsonPath = ["data", "classifications", 1];
const MODEL: JsonPath = [...CLASSIFICATION, "models", 0];
const MACRO: JsonPath = ["data", "macro_categories", 0];

// Each required field with a value of the wrong type for it.
const REQUIRED_FIELDS: { at: JsonPath; wrong: unknown }[] = [
  { at: ["data"], wrong: [] },
  { at: ["data", "as_of"], wrong: 20261121 },
  { at: ["data", "window_days"], wrong: "7" },
  { at: ["data", "classifications"], wrong: {} },
  { at: ["data", "macro_categories"], wrong: "code" },
  { at: [...CLASSIFICATION, "tag"], wrong: 1 },
  { at: [...CLASSIFICATION, "display_name"], wrong: null },
  { at: [...CLASSIFICATION, "macro_category"], wrong: ["code"] },
  { at: [...CLASSIFICATION, "usage_share"], wrong: "0.1842" },
  { at: [...CLASSIFICATION, "token_share"], wrong: null },
  { at: [...CLASSIFICATION, "category_usage_share"], wrong: true },
  { at: [...CLASSIFICATION, "category_token_share"], wrong: {} },
  { at: [...CLASSIFICATION, "models"], wrong: "none" },
  { at: [...MODEL, "id"], wrong: 42 },
  { at: [...MODEL, "tag_usage_share"], wrong: "0.214" },
  { at: [...MODEL, "tag_token_share"], wrong: null },
  { at: [...MACRO, "key"], wrong: 0 },
  { at: [...MACRO, "label"], wrong: false },
  { at: [...MACRO, "usage_share"], wrong: "0.4471" },
  { at: [...MACRO, "token_share"], wrong: [] },
];

const SHARE_FIELDS: JsonPath[] = [
  [...CLASSIFICATION, "usage_share"],
  [...CLASSIFICATION, "token_share"],
  [...CLASSIFICATION, "category_usage_share"],
  [...CLASSIFICATION, "category_token_share"],
  [...MODEL, "tag_usage_share"],
  [...MODEL, "tag_token_share"],
  [...MACRO, "usage_share"],
  [...MACRO, "token_share"],
];

const STRING_FIELDS: JsonPath[] = [
  [...CLASSIFICATION, "tag"],
  [...CLASSIFICATION, "display_name"],
  [...CLASSIFICATION, "macro_category"],
  [...MODEL, "id"],
  [...MACRO, "key"],
  [...MACRO, "label"],
];

const label = (at: JsonPath) => at.join(".");

describe("rawClassificationsResponseSchema: good payloads", () => {
  it("parses the 2026-11-21 fixture without changing it", () => {
    const body = fixtureJson();
    const data = dataOf(body);
    expect(data).toEqual(valueAt(body, ["data"]));
    expect(data.as_of).toBe("2026-11-21");
    expect(data.window_days).toBe(7);
    expect(data.classifications).toHaveLength(10);
    expect(data.macro_categories.map((macro) => macro.key)).toEqual([
      "code",
      "data",
      "agent",
      "general",
      "media",
    ]);
  });

  it("parses the 2026-11-22 fixture", () => {
    const data = dataOf(fixtureJson(NEXT_DAY_FIXTURE));
    expect(data.as_of).toBe("2026-11-22");
    expect(data.classifications[0]?.tag).toBe("code:general_impl");
    expect(data.classifications[0]?.usage_share).toBe(0.1903);
  });

  it("parses the bundled sample response", () => {
    const data = dataOf(sampleJson());
    expect(data.as_of).toBe("2026-11-21");
    expect(data.window_days).toBe(7);
    expect(data.classifications).toHaveLength(30);
    expect(data.macro_categories.map((macro) => macro.key)).toEqual([
      "code",
      "data",
      "agent",
      "general",
    ]);
  });

  it("accepts shares at the bounds 0 and 1", () => {
    const zero = withChange(fixtureJson(), [...CLASSIFICATION, "usage_share"], 0);
    const one = withChange(zero, [...MODEL, "tag_token_share"], 1);
    const data = dataOf(one);
    expect(data.classifications[1]?.usage_share).toBe(0);
    expect(data.classifications[1]?.models[0]?.tag_token_share).toBe(1);
  });

  it("accepts a tag with no models", () => {
    const data = dataOf(withChange(fixtureJson(), [...CLASSIFICATION, "models"], []));
    expect(data.classifications[1]?.models).toEqual([]);
  });

  it("accepts a macro_category key that macro_categories does not list", () => {
    const body = withChange(fixtureJson(), [...CLASSIFICATION, "macro_category"], "vision");
    const data = dataOf(body);
    expect(data.classifications[1]?.macro_category).toBe("vision");
    expect(data.macro_categories.map((macro) => macro.key)).not.toContain("vision");
  });

  it("accepts an unknown macro category in macro_categories", () => {
    const data = dataOf(fixtureJson());
    expect(data.macro_categories[4]).toEqual({
      key: "media",
      label: "Media",
      usage_share: 0.03,
      token_share: 0.02,
    });
  });

  it("accepts untrusted text (HTML, formulas, non-Latin) as plain strings", () => {
    const name = "<img src=x onerror=alert(1)> =SUM(A1) 代码生成";
    const data = dataOf(withChange(fixtureJson(), [...CLASSIFICATION, "display_name"], name));
    expect(data.classifications[1]?.display_name).toBe(name);
  });
});

describe("rawClassificationsResponseSchema: bad payloads", () => {
  it.each(REQUIRED_FIELDS)("rejects a payload missing $at", ({ at }) => {
    expect(issuesOf(withChange(fixtureJson(), at, REMOVE))).toEqual([
      { code: "invalid_type", path: [...at] },
    ]);
  });

  it.each(REQUIRED_FIELDS)("rejects $at of the wrong type ($wrong)", ({ at, wrong }) => {
    expect(issuesOf(withChange(fixtureJson(), at, wrong))).toEqual([
      { code: "invalid_type", path: [...at] },
    ]);
  });

  it.each(SHARE_FIELDS.map((at) => [label(at), at] as const))(
    "rejects %s below 0 and above 1",
    (_, at) => {
      expect(issuesOf(withChange(fixtureJson(), at, -0.0001))).toEqual([
        { code: "too_small", path: [...at] },
      ]);
      expect(issuesOf(withChange(fixtureJson(), at, 1.0001))).toEqual([
        { code: "too_big", path: [...at] },
      ]);
    },
  );

  it.each(SHARE_FIELDS.map((at) => [label(at), at] as const))("rejects non-finite %s", (_, at) => {
    expect(issuesOf(withChange(fixtureJson(), at, Number.NaN))).toEqual([
      { code: "invalid_type", path: [...at] },
    ]);
    expect(issuesOf(withChange(fixtureJson(), at, Number.POSITIVE_INFINITY))).toEqual([
      { code: "invalid_type", path: [...at] },
    ]);
  });

  it.each(STRING_FIELDS.map((at) => [label(at), at] as const))("rejects an empty %s", (_, at) => {
    expect(issuesOf(withChange(fixtureJson(), at, ""))).toEqual([
      { code: "too_small", path: [...at] },
    ]);
  });

  it.each(["yesterday", "2026-13-01", "2026-02-30", "2026-11-21T00:00:00Z", "21/11/2026", ""])(
    "rejects as_of %j, which is not a calendar date",
    (asOf) => {
      expect(issuesOf(withChange(fixtureJson(), ["data", "as_of"], asOf))).toEqual([
        { code: "invalid_format", path: ["data", "as_of"] },
      ]);
    },
  );

  it.each([
    [0, "too_small"],
    [-7, "too_small"],
    [7.5, "invalid_type"],
  ])("rejects window_days %j", (windowDays, code) => {
    expect(issuesOf(withChange(fixtureJson(), ["data", "window_days"], windowDays))).toEqual([
      { code, path: ["data", "window_days"] },
    ]);
  });

  it("rejects an empty classifications list", () => {
    expect(issuesOf(withChange(fixtureJson(), ["data", "classifications"], []))).toEqual([
      { code: "too_small", path: ["data", "classifications"] },
    ]);
  });

  it("rejects an empty macro_categories list", () => {
    expect(issuesOf(withChange(fixtureJson(), ["data", "macro_categories"], []))).toEqual([
      { code: "too_small", path: ["data", "macro_categories"] },
    ]);
  });

  it("rejects duplicate tags, pointing at the second occurrence", () => {
    const body = withChange(
      fixtureJson(),
      ["data", "classifications", 3, "tag"],
      "code:general_impl",
    );
    const result = parse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      {
        code: "custom",
        message: 'duplicate tag "code:general_impl"',
        path: ["data", "classifications", 3, "tag"],
      },
    ]);
  });

  it("rejects a body that is not an object or has no data", () => {
    expect(issuesOf(null)).toEqual([{ code: "invalid_type", path: [] }]);
    expect(issuesOf("ok")).toEqual([{ code: "invalid_type", path: [] }]);
    expect(issuesOf({ error: { code: 500, message: "oops" } })).toEqual([
      { code: "invalid_type", path: ["data"] },
    ]);
  });
});

describe("describeSchemaError", () => {
  function errorOf(body: unknown) {
    const result = parse(body);
    if (result.success) throw new Error("expected the payload to be rejected");
    return result.error;
  }

  it("names the path and the problem of a single issue", () => {
    const body = withChange(fixtureJson(), [...CLASSIFICATION, "usage_share"], 1.5);
    expect(describeSchemaError(errorOf(body))).toBe(
      "data.classifications.1.usage_share: Too big: expected number to be <=1",
    );
  });

  it("describes a missing field", () => {
    const body = withChange(fixtureJson(), ["data", "as_of"], REMOVE);
    expect(describeSchemaError(errorOf(body))).toBe(
      "data.as_of: Invalid input: expected string, received undefined",
    );
  });

  it("describes a problem at the root as (root)", () => {
    expect(describeSchemaError(errorOf(null))).toBe(
      "(root): Invalid input: expected object, received null",
    );
  });

  it("lists at most the first three issues, separated by semicolons", () => {
    let body = fixtureJson();
    body = withChange(body, ["data", "window_days"], 0);
    body = withChange(body, [...CLASSIFICATION, "token_share"], -1);
    body = withChange(body, [...MODEL, "tag_usage_share"], 2);
    body = withChange(body, [...MACRO, "label"], "");
    const error = errorOf(body);
    expect(error.issues).toHaveLength(4);
    expect(describeSchemaError(error)).toBe(
      [
        "data.window_days: Too small: expected number to be >0",
        "data.classifications.1.token_share: Too small: expected number to be >=0",
        "data.classifications.1.models.0.tag_usage_share: Too big: expected number to be <=1",
      ].join("; "),
    );
  });

  it("reports the duplicate-tag message", () => {
    const body = withChange(fixtureJson(), ["data", "classifications", 0, "tag"], "translation");
    expect(describeSchemaError(errorOf(body))).toBe(
      'data.classifications.5.tag: duplicate tag "translation"',
    );
  });
});
