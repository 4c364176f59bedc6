import { gzipSync } from "node:zlib";

import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";

import { budgetTable, failures, verdict, type BudgetRow } from "@/scripts/budgets/budget-table";
import { firstLoadRows, lighthouseRows, throughputRows } from "@/scripts/budgets/budgets";
import { viewTable } from "@/scripts/budgets/view-table";
import { formatKiB, gzipSize } from "@/scripts/budgets/first-load-js";
import { medianFigures, observedFirstPaintMs } from "@/scripts/budgets/lighthouse";
import { median } from "@/scripts/budgets/median";
import { scriptTags, startupScriptUrls } from "@/scripts/budgets/script-srcs";

const PAGE = "http://127.0.0.1:3000/tags/code%3Ageneral_impl";

/** One page's Lighthouse medians: the figures the budgets read, the rest at their best. */
function lighthouseResult(
  url: string,
  preset: "mobile" | "desktop",
  performance: number,
  tbt: number,
) {
  return {
    url,
    preset,
    runs: 3,
    performance,
    accessibility: 1,
    bestPractices: 1,
    seo: 1,
    cls: 0,
    tbt,
    lcp: 900,
  };
}

describe("startupScriptUrls", () => {
  it("lists every external script once, resolved against the page, in document order", () => {
    const html = `<!DOCTYPE html><html><head>
      <script src="/_next/static/chunks/webpack-1.js" async=""></script>
      <SCRIPT SRC='/_next/static/chunks/main-2.js' defer></SCRIPT>
      <script>self.__next_f=self.__next_f||[]</script>
      <script src=/_next/static/chunks/app/page-3.js async></script>
      <script src="/_next/static/chunks/webpack-1.js" async=""></script>
      <script src="https://cdn.example.com/x.js?a=1&amp;b=2"></script>
    </head></html>`;
    expect(startupScriptUrls(html, PAGE)).toEqual([
      "http://127.0.0.1:3000/_next/static/chunks/webpack-1.js",
      "http://127.0.0.1:3000/_next/static/chunks/main-2.js",
      "http://127.0.0.1:3000/_next/static/chunks/app/page-3.js",
      "https://cdn.example.com/x.js?a=1&b=2",
    ]);
  });

  it("leaves out noModule polyfills, however the attribute is written", () => {
    const html = `
      <script src="/_next/static/chunks/polyfills-a.js" noModule=""></script>
      <script nomodule src="/legacy.js"></script>
      <script src="/modern.js" type="module"></script>`;
    expect(startupScriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:3000/modern.js"]);
  });

  it("ignores markup inside inline scripts and attribute values that look like tags", () => {
    const html = `
      <script>self.__next_f.push([1,"<script src=\\"/not-loaded.js\\"></"+"script>"])</script>
      <script data-note="a > b" src="/real.js"></script>
      <script type="application/json">{"src":"/data.js"}</script>`;
    expect(startupScriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:3000/real.js"]);
  });

  it("does not take data-src or similar attributes for src", () => {
    expect(scriptTags(`<script data-src="/lazy.js"></script>`)).toEqual([
      { src: null, noModule: false },
    ]);
  });
});

describe("gzipSize", () => {
  it("measures at zlib level 9", () => {
    const body = new TextEncoder().encode("function f(){return 1}\n".repeat(200));
    expect(gzipSize(body)).toBe(gzipSync(body, { level: 9 }).length);
    expect(gzipSize(body)).toBeLessThan(body.length);
  });

  it("formats KiB with one decimal", () => {
    expect(formatKiB(160 * 1024)).toBe("160.0 KiB");
    expect(formatKiB(1536)).toBe("1.5 KiB");
  });
});

describe("median", () => {
  it.each([
    [[3, 1, 2], 2],
    [[0.91, 0.97, 0.95, 0.99], 0.96],
    [[5], 5],
  ])("of %j is %d", (values, expected) => {
    expect(median(values)).toBeCloseTo(expected, 10);
  });

  it("is NaN for no values, so a missing figure cannot pass a budget", () => {
    expect(median([])).toBeNaN();
  });

  it("takes each Lighthouse figure's median on its own", () => {
    const run = (performance: number, cls: number, tbt: number, lcp: number) => ({
      performance,
      accessibility: 1,
      bestPractices: 1,
      seo: 1,
      cls,
      tbt,
      lcp,
    });
    expect(
      medianFigures([run(0.9, 0, 300, 1200), run(0.99, 0.2, 120, 3000), run(0.95, 0.01, 500, 900)]),
    ).toEqual(run(0.95, 0.01, 300, 1200));
  });

  it("reads when the browser really painted first, not the simulated figure", () => {
    const lhr = (metrics: unknown) => ({ audits: { metrics } }) as unknown as Result;
    const items = [{ firstContentfulPaint: 1653, observedFirstContentfulPaint: 1272.6 }];
    expect(observedFirstPaintMs(lhr({ details: { items } }))).toBe(1273);
    expect(observedFirstPaintMs(lhr(undefined))).toBeNaN();
  });
});

describe("budget verdicts and table", () => {
  const kib = (value: number) => formatKiB(value);
  const row = (value: number, budget?: BudgetRow["budget"]): BudgetRow => ({
    figure: "f",
    value,
    budget,
    format: kib,
  });

  it("holds a ceiling up to and including the limit", () => {
    expect(verdict(row(160 * 1024, { atMost: 160 * 1024 }))).toBe("pass");
    expect(verdict(row(160 * 1024 + 1, { atMost: 160 * 1024 }))).toBe("fail");
  });

  it("holds a floor from the limit up", () => {
    expect(verdict(row(0.95, { atLeast: 0.95 }))).toBe("pass");
    expect(verdict(row(0.94, { atLeast: 0.95 }))).toBe("fail");
  });

  it("fails a figure that could not be measured, and never fails one without a budget", () => {
    expect(verdict(row(Number.NaN, { atLeast: 1 }))).toBe("fail");
    expect(verdict(row(Number.NaN, { atMost: 0 }))).toBe("fail");
    expect(verdict(row(999_999))).toBe("info");
  });

  it("prints figure, measured, budget and result as markdown", () => {
    const page = (route: string, gzipBytes: number) => ({ route, scripts: [], gzipBytes });
    const rows = firstLoadRows([page("/", 150 * 1024), page("/tags/x", 170 * 1024)], {
      ...page("/", 134 * 1024),
    });
    expect(budgetTable(rows).split("\n")).toEqual([
      "| figure | measured | budget | result |",
      "| --- | ---: | ---: | :---: |",
      "| first-load JS, gzip: / | 150.0 KiB | ≤ 160.0 KiB | pass |",
      "| first-load JS, gzip: /tags/x | 170.0 KiB | ≤ 160.0 KiB | **FAIL** |",
      "| first-load JS, gzip: bare Next app | 134.0 KiB | – | – |",
    ]);
    expect(failures(rows).map((failed) => failed.figure)).toEqual(["first-load JS, gzip: /tags/x"]);
  });

  it("holds the overview to half a static file's pace and every other target to half the overview's", () => {
    const target = (name: string, path: string, rps: number) => ({
      name,
      path,
      rps,
      p50: 10,
      p99: 40,
    });
    const rows = throughputRows(
      target("static", "/robots.txt", 1000),
      target("overview", "/", 400),
      [target("trends", "/trends", 150), target("api", "/api/classifications", 300)],
    );
    const ratios = rows.filter((candidate) => candidate.figure.startsWith("throughput ÷"));
    expect(
      ratios.map((ratio) => [ratio.figure, ratio.format(ratio.value), verdict(ratio)]),
    ).toEqual([
      ["throughput ÷ static file: overview", "0.40×", "fail"],
      ["throughput ÷ overview: trends", "0.38×", "fail"],
      ["throughput ÷ overview: api", "0.75×", "pass"],
    ]);
  });

  it("holds each page's Lighthouse performance and blocking time to the bare page's", () => {
    const bare = [
      lighthouseResult("http://b/", "mobile", 0.99, 60),
      lighthouseResult("http://b/", "desktop", 1, 0),
    ];
    const rows = lighthouseRows(
      [
        lighthouseResult("http://a/", "mobile", 0.96, 261),
        lighthouseResult("http://a/", "desktop", 0.99, 10),
      ],
      bare,
    );
    const budgeted = rows.filter(
      (row) => row.figure.includes("performance") || row.figure.includes("blocking"),
    );
    expect(budgeted.map((row) => [row.figure.split(":")[0], row.budget, verdict(row)])).toEqual([
      ["Lighthouse mobile performance", { atLeast: 0.96 }, "pass"],
      ["Lighthouse mobile total blocking time", { atMost: 260 }, "fail"],
      ["Lighthouse desktop performance", { atLeast: 0.99 }, "pass"],
      ["Lighthouse desktop total blocking time", { atMost: 200 }, "pass"],
    ]);
  });
});

describe("the README's table per view", () => {
  it("sets each view's bytes, growth, Lighthouse and pace beside the bare page's", () => {
    const table = viewTable(
      [
        {
          name: "overview",
          path: "/",
          bytes: { path: "/", html: 300 * 1024, gzip: 30 * 1024, inlineRsc: 0, rsc: 0 },
          perStoredDay: 0.4,
          lighthouse: [
            lighthouseResult("http://a/", "mobile", 0.95, 180),
            lighthouseResult("http://a/", "desktop", 1, 0),
          ],
          throughput: { name: "overview /", path: "/", rps: 1612.4, p50: 1, p99: 2 },
        },
        {
          name: "trends",
          path: "/trends",
          bytes: { path: "/trends", html: 1024, gzip: 512, inlineRsc: 0, rsc: 0 },
          lighthouse: [],
        },
      ],
      [
        lighthouseResult("http://b/", "mobile", 0.96, 200),
        lighthouseResult("http://b/", "desktop", 1, 0),
      ],
    );
    expect(table.split("\n")).toEqual([
      "| view | HTML raw / gzip | per stored day | mobile performance (bare) | blocking time (bare) | desktop (bare) | req/s, gzip |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      "| `/` | 300.0 KB / 30.0 KB | 0 B | 0.95 (0.96) | 180 ms (200 ms) | 1.00 (1.00) | 1612 |",
      "| `/trends` | 1.0 KB / 0.5 KB | – | – (0.96) | – (200 ms) | – (1.00) | – |",
    ]);
  });
});
