import { describe, expect, it } from "vitest";

import { modelsHref, parseModelsParams } from "@/lib/url-state/models-params";
import { parseProvidersParams, providersHref } from "@/lib/url-state/providers-params";

const PROVIDERS = ["openai", "anthropic", "x-ai", ""];

describe("parseModelsParams", () => {
  it("uses the defaults when there are no parameters", () => {
    expect(parseModelsParams({}, PROVIDERS)).toEqual({
      state: { provider: null, sort: "usage", weights: null, asOf: null },
      ignored: [],
    });
  });

  it("reads a known provider and sort", () => {
    expect(parseModelsParams({ provider: "x-ai", sort: "tokens" }, PROVIDERS)).toEqual({
      state: { provider: "x-ai", sort: "tokens", weights: null, asOf: null },
      ignored: [],
    });
  });

  it("accepts the empty provider of ids that name none, when there is one", () => {
    expect(parseModelsParams({ provider: "" }, PROVIDERS).state.provider).toBe("");
    expect(parseModelsParams({ provider: "" }, ["openai"]).ignored).toEqual(["provider="]);
  });

  it("replaces unknown values by the defaults and reports them", () => {
    expect(parseModelsParams({ provider: "OpenAI", sort: "size" }, PROVIDERS)).toEqual({
      state: { provider: null, sort: "usage", weights: null, asOf: null },
      ignored: ["provider=OpenAI", "sort=size"],
    });
  });

  it("reads a weights filter, and reports an unknown one", () => {
    expect(parseModelsParams({ weights: "open" }, PROVIDERS).state.weights).toBe("open");
    expect(parseModelsParams({ weights: "closed" }, PROVIDERS).state.weights).toBe("closed");
    expect(parseModelsParams({ weights: "free" }, PROVIDERS)).toEqual({
      state: { provider: null, sort: "usage", weights: null, asOf: null },
      ignored: ["weights=free"],
    });
    expect(modelsHref({ provider: "openai", sort: "usage", weights: "closed" })).toBe(
      "/models?provider=openai&weights=closed",
    );
  });

  it("reads the first of repeated parameters", () => {
    expect(parseModelsParams({ sort: ["name", "tokens"] }, PROVIDERS).state.sort).toBe("name");
  });
});

describe("modelsHref", () => {
  it("leaves defaults out and encodes the provider", () => {
    expect(modelsHref({ provider: null, sort: "usage" })).toBe("/models");
    expect(modelsHref({ provider: "openai", sort: "usage" })).toBe("/models?provider=openai");
    // "=" may stand in a value; the "&" may not.
    expect(modelsHref({ provider: "a&b=c", sort: "tasks" })).toBe(
      "/models?provider=a%26b=c&sort=tasks",
    );
    expect(modelsHref({ provider: "", sort: "usage" })).toBe("/models?provider=");
  });

  it("keeps a pinned day as ?as_of=, and reads a malformed one as the latest, reported", () => {
    expect(modelsHref({ provider: null, sort: "usage", asOf: "2026-11-18" })).toBe(
      "/models?as_of=2026-11-18",
    );
    expect(parseModelsParams({ as_of: "2026-02-30" }, PROVIDERS)).toEqual({
      state: { provider: null, sort: "usage", weights: null, asOf: null },
      ignored: ["as_of=2026-02-30"],
    });
  });

  it("round-trips through the parser", () => {
    for (const state of [
      { provider: "x-ai", sort: "name" as const, weights: null, asOf: null },
      { provider: "a&b=c", sort: "tasks" as const, weights: "open" as const, asOf: "2026-11-18" },
      { provider: "", sort: "usage" as const, weights: "unknown" as const, asOf: null },
    ]) {
      const query = Object.fromEntries(new URL(modelsHref(state), "http://x").searchParams);
      expect(parseModelsParams(query, [...PROVIDERS, "a&b=c"]).state).toEqual(state);
    }
  });
});

describe("parseProvidersParams", () => {
  it("measures by requests unless told tokens", () => {
    expect(parseProvidersParams({})).toEqual({
      state: { metric: "usage", asOf: null },
      ignored: [],
    });
    expect(parseProvidersParams({ metric: "tokens" })).toEqual({
      state: { metric: "tokens", asOf: null },
      ignored: [],
    });
  });

  it("reports an unknown metric", () => {
    expect(parseProvidersParams({ metric: "dollars" })).toEqual({
      state: { metric: "usage", asOf: null },
      ignored: ["metric=dollars"],
    });
  });

  it("builds short links", () => {
    expect(providersHref({ metric: "usage" })).toBe("/providers");
    expect(providersHref({ metric: "tokens" })).toBe("/providers?metric=tokens");
    expect(providersHref({ metric: "usage", asOf: "2026-11-18" })).toBe(
      "/providers?as_of=2026-11-18",
    );
  });
});
