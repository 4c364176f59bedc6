import { describe, expect, it } from "vitest";

import {
  chartModelName,
  findModelBySegments,
  modelHref,
  providerLabel,
  providerOf,
} from "@/lib/derive/models";

describe("chartModelName", () => {
  it.each([
    ["anthropic/claude-opus-5.5-20260921", "claude-opus-5.5"],
    ["openai/gpt-6-astra-20260903", "gpt-6-astra"],
    ["meta-llama/llama-5-maverick-20260710", "llama-5-maverick"],
    ["qwen/qwen3.5-coder-20260820", "qwen3.5-coder"],
  ])("shortens %s to %s", (id, name) => {
    expect(chartModelName(id)).toBe(name);
  });

  it("keeps a name with no date suffix", () => {
    expect(chartModelName("mistralai/mistral-large")).toBe("mistral-large");
    expect(chartModelName("x-ai/grok-5-2026")).toBe("grok-5-2026");
  });

  it("drops only the vendor before the first slash", () => {
    expect(chartModelName("vendor/family/model-20260101")).toBe("family/model");
  });

  it("handles ids without a vendor", () => {
    expect(chartModelName("local-model-20260101")).toBe("local-model");
    expect(chartModelName("local-model")).toBe("local-model");
  });

  it("never returns an empty name", () => {
    expect(chartModelName("vendor/")).toBe("vendor/");
    expect(chartModelName("vendor/-20260921")).toBe("-20260921");
  });
});

describe("providerOf", () => {
  it.each([
    ["anthropic/claude-opus-5.5-20260921", "anthropic"],
    ["vendor/family/model", "vendor"],
    ["100%/pure model", "100%"],
    ["模型/通义-千问", "模型"],
    ["no-vendor", ""],
    ["/leading-slash", ""],
  ])("reads %s as provider %j", (id, provider) => {
    expect(providerOf(id)).toBe(provider);
  });
});

describe("providerLabel", () => {
  it("names the missing provider", () => {
    expect(providerLabel("openai")).toBe("openai");
    expect(providerLabel("")).toBe("(no provider)");
  });
});

describe("modelHref", () => {
  it("keeps the id's slashes as path segments and encodes each segment", () => {
    expect(modelHref("anthropic/claude-opus-5.5-20260921")).toBe(
      "/models/anthropic/claude-opus-5.5-20260921",
    );
    expect(modelHref("vendor/100% pure model")).toBe("/models/vendor/100%25%20pure%20model");
    expect(modelHref("vendor/a?b#c")).toBe("/models/vendor/a%3Fb%23c");
    expect(modelHref('<img src=x onerror="alert(1)">/m')).toBe(
      "/models/%3Cimg%20src%3Dx%20onerror%3D%22alert(1)%22%3E/m",
    );
    expect(modelHref("模型/通义")).toBe("/models/%E6%A8%A1%E5%9E%8B/%E9%80%9A%E4%B9%89");
  });

  it("sends ids a browser would rewrite as a single encoded segment", () => {
    expect(modelHref("vendor/../../etc/passwd")).toBe("/models/vendor%2F..%2F..%2Fetc%2Fpasswd");
    expect(modelHref("vendor/./model")).toBe("/models/vendor%2F.%2Fmodel");
    expect(modelHref("a//b")).toBe("/models/a%2F%2Fb");
    expect(modelHref("vendor/")).toBe("/models/vendor%2F");
  });
});

describe("findModelBySegments", () => {
  const odd = [
    "anthropic/claude-opus-5.5-20260921",
    "vendor/100% pure model",
    "vendor/../../etc/passwd",
    "模型/通义",
    "a%2Fb/c",
    "__proto__/constructor",
  ];
  const models = new Map(odd.map((id) => [id, id]));

  /** The segments Next hands the page for a link, still encoded. */
  const segmentsOf = (href: string) => href.slice("/models/".length).split("/");

  it("finds every id from its own link, encoded or decoded", () => {
    for (const id of odd) {
      const encoded = segmentsOf(modelHref(id));
      expect(findModelBySegments(models, encoded)).toBe(id);
      expect(findModelBySegments(models, encoded.map(decodeURIComponent))).toBe(id);
    }
  });

  it("prefers the decoded reading and falls back to the raw one", () => {
    const both = new Map([
      ["a/b", "decoded"],
      ["a%2Fb", "raw"],
    ]);
    expect(findModelBySegments(both, ["a%2Fb"])).toBe("decoded");
    expect(findModelBySegments(new Map([["100%/x", "raw"]]), ["100%", "x"])).toBe("raw");
  });

  it("returns undefined for unknown ids and malformed encoding", () => {
    expect(findModelBySegments(models, ["nope", "nothing"])).toBeUndefined();
    expect(findModelBySegments(models, ["%E0%A4%A"])).toBeUndefined();
    expect(findModelBySegments(models, ["__proto__"])).toBeUndefined();
  });
});
