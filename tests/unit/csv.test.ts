import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { decimalPlaces, decimalProduct, decimalSum } from "@/lib/derive/decimal";
import { deriveModelUsage } from "@/lib/derive/model-usage";
import { tagHistory } from "@/lib/derive/tag-history";
import { toCsv, writeCsv } from "@/lib/export/csv";
import { tagHistoryCsv } from "@/lib/export/history-csv";
import { modelMixRows } from "@/lib/export/rows";

import { fixtureData, fixtureSnapshot } from "./fixture-helpers";

// Every CSV the product writes goes through one writer; these strings are the ones papaparse's
// own `escapeFormulae: true` let through (a formula followed by a line break).
const FORMULAS_WITH_BREAKS = [
  "=1+1\nline two",
  '=HYPERLINK("http://evil.example","x")\r\n',
  "=tag\nx",
];
const FORMULA_STARTS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"];

function parse(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("writeCsv", () => {
  it.each([...FORMULAS_WITH_BREAKS, ...FORMULA_STARTS])(
    "prefixes a formula-like cell: %j",
    (value) => {
      expect(parse(writeCsv(["a", "b"], [[value, 1]]))[1]).toEqual([`'${value}`, "1"]);
    },
  );

  it("leaves numbers (negative ones too), ordinary text and null alone, with CRLF after every row", () => {
    const csv = writeCsv(["a", "b", "c"], [["a-b = c", -0.25, null]]);
    expect(csv).toBe("a,b,c\r\na-b = c,-0.25,\r\n");
  });
});

describe("the chart export CSV", () => {
  it.each(FORMULAS_WITH_BREAKS)("neutralises %j", (value) => {
    const csv = toCsv({
      fileStem: "x",
      title: "x",
      subtitle: "x",
      asOf: "2026-11-21",
      citation: "Source",
      source: "live",
      legend: [],
      permalink: "/",
      view: {},
      columns: [{ key: "display_name", label: "Task" }],
      rows: [{ display_name: value }],
    });
    expect(parse(csv)[1]).toEqual([`'${value}`, "Source"]);
  });
});

describe("the history API CSV", () => {
  it.each(FORMULAS_WITH_BREAKS)("neutralises %j in a name and in the tag", (value) => {
    const day = fixtureData();
    const tag = day.classifications.find((item) => item.tag === "translation");
    if (!tag) throw new Error("fixture lacks translation");
    tag.display_name = value;
    const row = parse(tagHistoryCsv(value, tagHistory([day], "translation"), "live"))[1];
    expect(row?.slice(1, 3)).toEqual([`'${value}`, `'${value}`]);
    expect(row?.[4]).toBe("0.08");
  });
});

describe("derived shares at their exact decimal places", () => {
  it("multiplies and adds short decimals without binary noise", () => {
    expect(0.763 * 0.0199).toBe(0.015183700000000001);
    expect(decimalProduct(0.763, 0.0199)).toBe(0.0151837);
    expect(decimalSum([0.1, 0.2])).toBe(0.3);
    expect(decimalSum([1, -0.7])).toBe(0.3);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(2)).toBe(0);
  });

  it("writes a model's contribution (its share × the task's share) exactly in the export", () => {
    const snapshot = fixtureSnapshot();
    const [tag] = snapshot.tags;
    const [model] = tag?.models ?? [];
    if (!tag || !model) throw new Error("fixture has no listed model");
    tag.usageShare = 0.0199;
    model.usageShare = 0.763;
    const usage = deriveModelUsage(snapshot).models.find((item) => item.id === model.id);
    if (!usage) throw new Error("model not derived");
    const row = modelMixRows(usage).rows.find((item) => item.tag === tag.tag);
    expect(row?.usage_contribution).toBe(0.0151837);
    const csv = toCsv({
      fileStem: "x",
      title: "x",
      subtitle: "x",
      asOf: "2026-11-21",
      citation: "Source",
      source: "live",
      legend: [],
      permalink: "/",
      view: {},
      ...modelMixRows(usage),
    });
    expect(csv).toContain(",0.0151837,");
    // The mix is a ratio and may run on; products and sums of shares never do.
    for (const item of modelMixRows(usage).rows) {
      expect(String(item.usage_contribution)).not.toMatch(/\d{12,}/);
      expect(String(item.token_contribution)).not.toMatch(/\d{12,}/);
    }
  });
});
