import { describe, expect, it } from "vitest";

import { chartExport } from "@/lib/export/chart-export";
import {
  macroTrendRows,
  modelMixRows,
  providerScopeRows,
  providerSplitRows,
  trendRows,
} from "@/lib/export/rows";
import { deriveModelUsage } from "@/lib/derive/model-usage";

import { fixtureSnapshot } from "./fixture-helpers";

// The rows behind the trend, provider and task-mix charts: raw values, gaps as empty cells.

describe("trendRows", () => {
  it("has a row per calendar day, with null shares on a day without a snapshot", () => {
    const { columns, rows } = trendRows("code:debugging", [
      { date: "2026-11-17", usage: 0.15, tokens: 0.19 },
      { date: "2026-11-18", usage: null, tokens: null },
      { date: "2026-11-19", usage: 0.156, tokens: 0.191 },
    ]);
    expect(columns.map((column) => column.key)).toEqual([
      "as_of",
      "tag",
      "usage_share",
      "token_share",
    ]);
    expect(rows).toEqual([
      { as_of: "2026-11-17", tag: "code:debugging", usage_share: 0.15, token_share: 0.19 },
      { as_of: "2026-11-18", tag: "code:debugging", usage_share: null, token_share: null },
      { as_of: "2026-11-19", tag: "code:debugging", usage_share: 0.156, token_share: 0.191 },
    ]);
  });
});

describe("trendRows with a long gap", () => {
  it("gives the gap one row of empty shares on its first day, its last day under gap_until", () => {
    const { columns, rows } = trendRows("code:debugging", [
      { date: "2020-01-01", usage: 0.1, tokens: 0.2 },
      { date: "2020-01-02", gapUntil: "2026-11-13", usage: null, tokens: null },
      { date: "2026-11-14", usage: 0.15, tokens: 0.19 },
    ]);
    expect(columns.map((column) => column.key)).toEqual([
      "as_of",
      "tag",
      "usage_share",
      "token_share",
      "gap_until",
    ]);
    expect(rows).toEqual([
      {
        as_of: "2020-01-01",
        tag: "code:debugging",
        usage_share: 0.1,
        token_share: 0.2,
        gap_until: null,
      },
      {
        as_of: "2020-01-02",
        tag: "code:debugging",
        usage_share: null,
        token_share: null,
        gap_until: "2026-11-13",
      },
      {
        as_of: "2026-11-14",
        tag: "code:debugging",
        usage_share: 0.15,
        token_share: 0.19,
        gap_until: null,
      },
    ]);
  });
});

describe("macroTrendRows", () => {
  it("adds gap_until after the categories only when a long gap is folded", () => {
    const { columns, rows } = macroTrendRows(
      {
        keys: [{ key: "code", label: "Code" }],
        points: [
          { date: "2020-01-01", usage: [1], tokens: [1] },
          { date: "2020-01-02", gapUntil: "2026-11-20", usage: [null], tokens: [null] },
          { date: "2026-11-21", usage: [1], tokens: [1] },
        ],
      },
      "usage",
    );
    expect(columns.map((column) => column.key)).toEqual(["as_of", "code", "gap_until"]);
    expect(rows[1]).toEqual({ as_of: "2020-01-02", code: null, gap_until: "2026-11-20" });
    expect(rows[2]).toEqual({ as_of: "2026-11-21", code: 1, gap_until: null });
  });

  it("puts each category in its own column for the metric asked", () => {
    const series = {
      keys: [
        { key: "code", label: "Code" },
        { key: "data", label: "Data" },
      ],
      points: [
        { date: "2026-11-20", usage: [0.4, 0.6], tokens: [0.7, 0.3] },
        { date: "2026-11-21", usage: [null, null], tokens: [null, null] },
      ],
    };
    expect(macroTrendRows(series, "tokens")).toEqual({
      columns: [
        { key: "as_of", label: "Date" },
        { key: "code", label: "Code" },
        { key: "data", label: "Data" },
      ],
      rows: [
        { as_of: "2026-11-20", code: 0.7, data: 0.3 },
        { as_of: "2026-11-21", code: null, data: null },
      ],
    });
  });
});

describe("providerSplitRows and modelMixRows", () => {
  const usage = deriveModelUsage(fixtureSnapshot());

  it("lists every provider of a tag, then the unlisted rest, summing to 1", () => {
    const split = [...usage.byTag.values()].find((item) => item.providers.length > 1);
    if (!split) throw new Error("the fixture has no tag with two providers");
    const { rows } = providerSplitRows(split, "Other models");
    expect(rows.at(-1)?.provider).toBe("Other models");
    expect(rows.slice(0, -1).map((row) => row.provider)).toEqual(
      split.providers.map((item) => item.provider),
    );
    const total = rows.reduce((sum, row) => sum + Number(row.usage_share), 0);
    expect(total).toBeCloseTo(1, 10);
  });

  it("gives a model's task mix with its within-task shares and contributions", () => {
    const model = usage.models[0];
    if (!model) throw new Error("the fixture has no models");
    const { rows } = modelMixRows(model);
    expect(rows).toHaveLength(model.tags.length);
    expect(rows[0]).toEqual({
      tag: model.tags[0]?.tag,
      display_name: model.tags[0]?.displayName,
      rank: model.tags[0]?.rank,
      usage_mix: model.tags[0]?.usageMix,
      token_mix: model.tags[0]?.tokenMix,
      tag_usage_share: model.tags[0]?.usageShare,
      tag_token_share: model.tags[0]?.tokenShare,
      usage_contribution: model.tags[0]?.usageContribution,
      token_contribution: model.tags[0]?.tokenContribution,
    });
  });
});

describe("providerScopeRows", () => {
  it("gives one row per provider and scope, then the scope's unlisted rest, in the metric asked", () => {
    const split = {
      providers: [
        { provider: "openai", models: ["openai/a"], usageShare: 0.3, tokenShare: 0.2 },
        { provider: "qwen", models: ["qwen/b"], usageShare: 0.1, tokenShare: 0.4 },
      ],
      otherModels: { usageShare: 0.6, tokenShare: 0.4 },
    };
    expect(
      providerScopeRows([{ key: "all", label: "All tasks", split }], "tokens", "Other models"),
    ).toEqual({
      columns: [
        { key: "scope", label: "Scope key" },
        { key: "scope_label", label: "Scope" },
        { key: "provider", label: "Provider" },
        { key: "token_share", label: "Share" },
      ],
      rows: [
        { scope: "all", scope_label: "All tasks", provider: "openai", token_share: 0.2 },
        { scope: "all", scope_label: "All tasks", provider: "qwen", token_share: 0.4 },
        { scope: "all", scope_label: "All tasks", provider: "Other models", token_share: 0.4 },
      ],
    });
  });
});

describe("chartExport", () => {
  it("names the file after what the chart shows and its date, and cites that date", () => {
    const exported = chartExport({
      what: ["trend", "code:general_impl"],
      title: "Code Generation over time",
      subtitle: "Share of classified requests and tokens",
      asOf: "2026-11-21",
      legend: [],
      permalink: "/tags/code%3Ageneral_impl?as_of=2026-11-21",
      source: "live",
      view: {},
      columns: [],
      rows: [],
    });
    expect(exported.fileStem).toBe("task-share-trend-code-general-impl-2026-11-21");
    expect(exported.citation).toBe(
      "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
    );
    expect(exported.title).toBe("Code Generation over time");
  });

  it("says in the citation that sample figures are not OpenRouter's", () => {
    const exported = chartExport({
      what: ["trend", "code:general_impl"],
      title: "Code Generation over time",
      subtitle: "",
      asOf: "2026-11-21",
      legend: [],
      permalink: "/",
      source: "sample",
      view: {},
      columns: [],
      rows: [],
    });
    expect(exported.citation).toBe(
      "Illustrative sample data generated by Task Share, not OpenRouter's figures (sample dated 2026-11-21).",
    );
  });
});
