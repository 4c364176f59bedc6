import { readFileSync } from "node:fs";
import path from "node:path";

import Papa from "papaparse";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { OgFrame } from "@/components/og/og-frame";
import { OG_MACRO_COLOURS, OG_PALETTE, OG_SPARE_COLOURS } from "@/components/og/og-palette";
import { exportFileStem, slugify, type ChartExport } from "@/lib/export/chart-export";
import { toCsv } from "@/lib/export/csv";
import { toJson } from "@/lib/export/json";
import { EMPTY_CATALOGUE } from "@/lib/derive/catalogue";
import { macroCategoryRows, modelRows, tagRows } from "@/lib/export/rows";
import { buildExportSvg, resolveCssVariables, wrapText } from "@/lib/export/svg";
import { escapeXml } from "@/lib/export/xml";

import { compareMacroCategories, compareModels, compareTags } from "@/lib/derive/changes";

import { fixtureSnapshot, NEXT_DAY_FIXTURE } from "./fixture-helpers";

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";

function chartExport(overrides: Partial<ChartExport> = {}): ChartExport {
  return {
    fileStem: "task-share-usage-by-tag-2026-11-21",
    title: "Tasks by usage share",
    subtitle: "All tasks · 2 tasks · 7 days to 2026-11-21",
    asOf: "2026-11-21",
    citation: CITATION,
    source: "live",
    legend: [{ label: "Code", colour: "var(--chart-code)" }],
    permalink: "/?metric=usage",
    view: { macro: "all", sort: "usage", metric: "usage" },
    columns: [
      { key: "tag", label: "Tag" },
      { key: "display_name", label: "Task" },
      { key: "usage_share", label: "Usage share" },
    ],
    rows: [
      { tag: "code:general_impl", display_name: "Code Generation", usage_share: 0.1842 },
      { tag: "x", display_name: "Thirds", usage_share: 1 / 3 },
    ],
    ...overrides,
  };
}

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("file names", () => {
  it("say what and when", () => {
    expect(exportFileStem(["usage-by-tag"], "2026-11-21")).toBe(
      "task-share-usage-by-tag-2026-11-21",
    );
    expect(exportFileStem(["models", "code:general_impl"], "2026-11-21")).toBe(
      "task-share-models-code-general-impl-2026-11-21",
    );
  });

  it("are safe on any file system, whatever upstream names contain", () => {
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
    expect(slugify('Résumé "draft" <b>')).toBe("resume-draft-b");
    expect(slugify("翻訳")).toBe("chart");
  });
});

describe("toCsv", () => {
  it("writes the columns, raw fractions at full precision and the citation on every row", () => {
    expect(parseCsv(toCsv(chartExport()))).toEqual([
      ["tag", "display_name", "usage_share", "citation"],
      ["code:general_impl", "Code Generation", "0.1842", CITATION],
      ["x", "Thirds", String(1 / 3), CITATION],
    ]);
  });

  it("quotes names with commas, quotes and newlines so they parse back unchanged", () => {
    const name = 'Q&A, "hard"\nmode';
    const csv = toCsv(chartExport({ rows: [{ tag: "t", display_name: name, usage_share: 0.5 }] }));
    expect(csv).toContain('"Q&A, ""hard""\nmode"');
    expect(parseCsv(csv)[1]).toEqual(["t", name, "0.5", CITATION]);
  });

  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK("x")\nmore'])(
    "defuses a cell starting like a formula: %j",
    (value) => {
      const csv = toCsv(
        chartExport({ rows: [{ tag: "t", display_name: value, usage_share: 0.1 }] }),
      );
      expect(parseCsv(csv)[1]?.[1]).toBe(`'${value}`);
    },
  );

  it("leaves numbers and ordinary text alone, and writes null as empty", () => {
    const csv = toCsv(
      chartExport({
        columns: [
          { key: "name", label: "Name" },
          { key: "value", label: "Value" },
        ],
        rows: [{ name: "a-b = c", value: null }],
      }),
    );
    expect(parseCsv(csv)[1]).toEqual(["a-b = c", "", CITATION]);
  });
});

describe("toJson", () => {
  it("carries the rows, the view, the date and the citation", () => {
    const json = JSON.parse(toJson(chartExport()));
    expect(json).toEqual({
      title: "Tasks by usage share",
      description: "All tasks · 2 tasks · 7 days to 2026-11-21",
      as_of: "2026-11-21",
      citation: CITATION,
      source_url: "https://openrouter.ai/rankings",
      permalink: "/?metric=usage",
      view: { macro: "all", sort: "usage", metric: "usage" },
      columns: chartExport().columns,
      rows: chartExport().rows,
    });
    expect(json.rows[1].usage_share).toBe(1 / 3);
  });
});

describe("rows", () => {
  const snapshot = fixtureSnapshot();

  it("tag rows are the tags given, in order, with raw fractions", () => {
    const { columns, rows } = tagRows(snapshot.tags.slice(0, 2));
    expect(columns.map((column) => column.key)).toEqual([
      "tag",
      "display_name",
      "macro_category",
      "usage_share",
      "token_share",
      "token_intensity",
      "category_usage_share",
      "category_token_share",
    ]);
    expect(rows[1]).toEqual({
      tag: "code:general_impl",
      display_name: "Code Generation",
      macro_category: "code",
      usage_share: 0.1842,
      token_share: 0.2611,
      token_intensity: 0.2611 / 0.1842,
      category_usage_share: 0.412,
      category_token_share: 0.4397,
    });
  });

  it("macro rows count the tasks of each category", () => {
    const { rows } = macroCategoryRows(snapshot.macroCategories);
    expect(rows[0]).toEqual({
      macro_category: "code",
      label: "Code",
      usage_share: 0.4471,
      token_share: 0.5938,
      tasks: 3,
    });
  });

  it("model rows end with the remainder the top list leaves out", () => {
    const tag = snapshot.tags.find((item) => item.tag === "code:general_impl");
    if (!tag) throw new Error("fixture lacks code:general_impl");
    const { rows } = modelRows(tag, "Other models", { catalogue: EMPTY_CATALOGUE });
    expect(rows.map((row) => row.model)).toEqual([
      "anthropic/claude-opus-5.5-20260921",
      "openai/gpt-6-astra-20260903",
      "qwen/qwen3.5-coder-20260820",
      "Other models",
    ]);
    expect(rows[3]?.rank).toBeNull();
    // No catalogue: each model named by its slug, its weights unknown; the remainder neither.
    expect(rows.map((row) => [row.name, row.weights])).toEqual([
      ["anthropic/claude-opus-5.5-20260921", "unknown"],
      ["openai/gpt-6-astra-20260903", "unknown"],
      ["qwen/qwen3.5-coder-20260820", "unknown"],
      [null, null],
    ]);
    expect(rows[3]?.usage_share).toBeCloseTo(1 - 0.214 - 0.171 - 0.093, 12);
  });
});

describe("rows with a comparison day", () => {
  // The screen's change columns, as the table shows them: named for the comparison day.
  const base = fixtureSnapshot();
  const current = fixtureSnapshot(NEXT_DAY_FIXTURE);
  const since = base.asOf;

  it("tag rows gain each share's change since the comparison day, in percentage points", () => {
    const changes = compareTags(current, base);
    const { columns, rows } = tagRows(current.tags, changes);
    expect(columns.slice(-2).map((column) => column.key)).toEqual([
      `usage_share_change_pp_since_${since}`,
      `token_share_change_pp_since_${since}`,
    ]);
    for (const [index, tag] of current.tags.entries()) {
      const change = changes.byKey.get(tag.tag);
      const row = rows[index];
      if (change?.kind === "changed") {
        expect(row?.[`usage_share_change_pp_since_${since}`]).toBeCloseTo(change.usage * 100, 9);
        expect(row?.[`token_share_change_pp_since_${since}`]).toBeCloseTo(change.tokens * 100, 9);
      } else {
        expect(row?.[`usage_share_change_pp_since_${since}`]).toBeNull();
      }
    }
    expect(rows.some((row) => row[`usage_share_change_pp_since_${since}`] !== 0)).toBe(true);
  });

  it("have no change columns without a comparison", () => {
    expect(tagRows(current.tags).columns.some((column) => column.key.includes("change"))).toBe(
      false,
    );
  });

  it("model rows gain within-task changes, none for the other-models row", () => {
    const tag = current.tags.find((item) => item.tag === "code:general_impl");
    const baseTag = base.tags.find((item) => item.tag === "code:general_impl");
    if (!tag) throw new Error("fixture lacks code:general_impl");
    const { rows } = modelRows(tag, "Other models", {
      changes: compareModels(tag, baseTag, since),
      catalogue: EMPTY_CATALOGUE,
    });
    expect(rows[0]).toHaveProperty(`usage_share_change_pp_since_${since}`);
    expect(typeof rows[0]?.[`usage_share_change_pp_since_${since}`]).toBe("number");
    if (tag.otherModels) expect(rows.at(-1)?.[`usage_share_change_pp_since_${since}`]).toBeNull();
  });

  it("macro rows gain their change too", () => {
    const { rows } = macroCategoryRows(
      current.macroCategories,
      compareMacroCategories(current, base),
    );
    expect(typeof rows[0]?.[`token_share_change_pp_since_${since}`]).toBe("number");
  });
});

describe("buildExportSvg", () => {
  const drawn = {
    markup:
      '<svg xmlns="http://www.w3.org/2000/svg" class="chart-surface" width="600" height="200" viewBox="0 0 600 200"><rect fill="var(--chart-code)" width="10" height="10"/></svg>',
    width: 600,
    height: 200,
  };

  it("draws the title, legend, chart, citation and link inside one sized picture", () => {
    const { svg, width, height } = buildExportSvg(chartExport(), drawn, {
      link: "https://tasks.example/?metric=usage",
    });
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(200 + 100);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="648" height="\d+"/);
    expect(svg).toContain(">Tasks by usage share</text>");
    expect(svg).toContain(`>${CITATION}</text>`);
    expect(svg).toContain(">https://tasks.example/?metric=usage</text>");
    expect(svg).toContain(">Code</text>");
    expect(svg).toContain('<rect fill="var(--chart-code)" width="10" height="10"/>');
    expect(svg).not.toContain("chart-surface");
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("keeps the coordinates of a chart nested in its own viewBox", () => {
    const donut = {
      markup:
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><svg x="0" width="200" height="200" viewBox="-100 -100 200 200"><path d="M0 -95"/></svg></svg>',
      width: 200,
      height: 200,
    };
    const { svg } = buildExportSvg(chartExport(), donut);
    expect(svg).toContain(
      '<svg width="200" height="200" viewBox="0 0 200 200" overflow="hidden"><svg x="0" width="200" height="200" viewBox="-100 -100 200 200"><path d="M0 -95"/></svg></svg>',
    );
  });

  it("puts the citation below the chart", () => {
    const { svg } = buildExportSvg(chartExport(), drawn);
    const chartY = Number(/translate\(\d+ (\d+)\)/.exec(svg)?.[1]);
    const citationElement = svg.split("\n").find((line) => line.includes(`>${CITATION}<`));
    const citationY = Number(/ y="([\d.]+)"/.exec(citationElement ?? "")?.[1]);
    expect(citationY).toBeGreaterThan(chartY + drawn.height);
  });

  it("draws the notes under the chart, each on lines of its own, and keys the markers", () => {
    const notes = ["First note.", "Second note."];
    const legend = [
      { label: "Code", colour: "var(--chart-code)" },
      {
        label: "Added to OpenRouter",
        colour: "var(--muted-foreground)",
        swatch: "marker" as const,
      },
    ];
    const { svg } = buildExportSvg(chartExport({ notes, legend }), drawn);
    const chartY = Number(/translate\(\d+ (\d+)\)/.exec(svg)?.[1]);
    const lineOf = (text: string) => svg.split("\n").find((line) => line.includes(`>${text}<`));
    for (const note of notes) {
      expect(lineOf(note)).toContain('data-part="note"');
      expect(Number(/ y="([\d.]+)"/.exec(lineOf(note) ?? "")?.[1])).toBeGreaterThan(
        chartY + drawn.height,
      );
    }
    expect(lineOf("All tasks · 2 tasks · 7 days to 2026-11-21")).toContain('data-part="subtitle"');
    expect(svg).toContain('stroke-dasharray="2 3"/><circle');
    expect(svg).toMatch(/data-part="marker-key"[^>]*>Added to OpenRouter</);
  });

  it("escapes untrusted names", () => {
    const { svg } = buildExportSvg(
      chartExport({ title: '<script>alert("x")</script> & co', legend: [] }),
      drawn,
    );
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(svg).not.toContain("<script>");
  });

  it("keeps a narrow chart readable by widening the picture around it", () => {
    const { width } = buildExportSvg(chartExport(), { ...drawn, width: 300 });
    expect(width).toBe(432 + 48);
  });
});

describe("resolveCssVariables", () => {
  const colours = new Map([
    ["--chart-code", "rgb(0, 114, 178)"],
    ["--card", "rgb(255, 255, 255)"],
  ]);

  it("replaces variables with the theme's values, using fallbacks when unknown", () => {
    expect(
      resolveCssVariables(
        'fill="var(--chart-code)" stroke="var(--nope, #123)" bg="var( --card )" x="var(--gone)"',
        (name) => colours.get(name),
      ),
    ).toBe('fill="rgb(0, 114, 178)" stroke="#123" bg="rgb(255, 255, 255)" x="currentColor"');
  });
});

describe("wrapText and escapeXml", () => {
  it("wraps long lines at word boundaries", () => {
    const lines = wrapText(CITATION, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(CITATION);
  });

  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
  });

  it("replaces every character XML forbids (controls, U+FFFE, lone surrogates) with U+FFFD", () => {
    expect(escapeXml("a\u0007b\u000Bc\u001Bd\uFFFEe\uD800f\u0000g")).toBe(
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg",
    );
    expect(escapeXml("tab\tnew\nline\r 模型 🚀")).toBe("tab\tnew\nline\r 模型 🚀");
  });

  it("keeps a picture parseable when a drawn label holds a control character", () => {
    const { svg } = buildExportSvg(chartExport({ title: "Bell\u0007 title" }), {
      markup: '<svg viewBox="0 0 10 10"><text>x\u001By</text></svg>',
      width: 10,
      height: 10,
    });
    expect(svg).toContain("Bell\uFFFD title");
    expect(svg).toContain("<text>x\uFFFDy</text>");
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe("link preview colours", () => {
  // The preview image cannot read CSS variables; its copies must match the stylesheet.
  const css = readFileSync(path.resolve(__dirname, "..", "..", "app", "globals.css"), "utf8");
  const lightValue = (name: string) =>
    new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6})`).exec(css)?.[1];

  it("match the light theme of app/globals.css", () => {
    expect(OG_PALETTE.background).toBe(lightValue("--card"));
    expect(OG_PALETTE.foreground).toBe(lightValue("--foreground"));
    expect(OG_PALETTE.mutedForeground).toBe(lightValue("--muted-foreground"));
    expect(OG_PALETTE.border).toBe(lightValue("--border"));
    expect(OG_PALETTE.notice).toBe(lightValue("--notice"));
    expect(OG_PALETTE.noticeForeground).toBe(lightValue("--notice-foreground"));
    for (const [key, colour] of OG_MACRO_COLOURS) expect(colour).toBe(lightValue(`--chart-${key}`));
    expect(OG_SPARE_COLOURS).toEqual([1, 2, 3].map((n) => lightValue(`--chart-extra-${n}`)));
  });
});

describe("link preview frame", () => {
  const frame = (source: "live" | "imported" | "sample") =>
    renderToStaticMarkup(
      createElement(OgFrame, { kicker: "Task drill-down", asOf: "2026-11-21", source }),
    );

  it("cites OpenRouter for its figures", () => {
    expect(frame("live")).toContain(
      "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
    );
    expect(frame("imported")).toContain("Source: OpenRouter");
  });

  it("says sample figures are illustrative and not OpenRouter's, in place of the citation", () => {
    const html = frame("sample");
    expect(html).toContain("Sample data");
    expect(html).toContain(
      "Illustrative sample data generated by Task Share, not OpenRouter&#x27;s figures (sample dated 2026-11-21).",
    );
    expect(html).not.toContain("Source: OpenRouter");
  });
});
