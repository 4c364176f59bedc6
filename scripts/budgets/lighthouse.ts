import type { Flags, Result } from "lighthouse";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/support/chromium";

import { median } from "./median";

// Lighthouse against a running production server, in the Chromium the browser tests use. Each
// preset runs several times and every figure is the median of its runs: single Lighthouse runs
// on a shared two-core machine swing by several points.
// Lighthouse and chrome-launcher are ES modules, hence the dynamic imports from this CommonJS
// script.

export type Preset = "mobile" | "desktop";

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** Total blocking time, ms (simulated, as Lighthouse scores it). */
  tbt: number;
  /** Largest contentful paint, ms (simulated). */
  lcp: number;
};

export type LighthouseResult = { url: string; preset: Preset; runs: number } & LighthouseFigures;

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export function figuresOf(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse could not audit ${lhr.finalDisplayedUrl}`, {
      cause: lhr.runtimeError,
    });
  }
  const score = (id: string) => lhr.categories[id]?.score ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
  };
}

/**
 * When the browser under test really painted first (not Lighthouse's simulated figure). Printed
 * per run: on this machine Chromium sometimes holds a page's first frame until about 1.3 or
 * 2.2 s, bare Next page included, which moves the simulated LCP and blocking time of that run.
 */
export function observedFirstPaintMs(lhr: Result): number {
  const details = lhr.audits.metrics?.details as
    { items?: { observedFirstContentfulPaint?: number }[] } | undefined;
  return Math.round(details?.items?.[0]?.observedFirstContentfulPaint ?? Number.NaN);
}

/** Per figure, the median over the runs (each figure on its own, as the budgets are). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    seo: of("seo"),
    cls: of("cls"),
    tbt: of("tbt"),
    lcp: of("lcp"),
  };
}

export async function runLighthouse(
  urls: readonly string[],
  presets: readonly Preset[] = ["mobile", "desktop"],
  runs = 3,
): Promise<LighthouseResult[]> {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const figures = new Map<string, LighthouseFigures[]>();
    const key = (url: string, preset: Preset) => `${preset} ${url}`;
    // Run by run, every page in turn: a load that comes and goes on the machine falls on all of
    // them alike, and the medians compare.
    for (let run = 1; run <= runs; run += 1) {
      for (const url of urls) {
        for (const preset of presets) {
          const flags: Flags = {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: CATEGORIES,
          };
          const result = await lighthouse(
            url,
            flags,
            preset === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          const figuresOfRun = figuresOf(result.lhr);
          figures.set(key(url, preset), [...(figures.get(key(url, preset)) ?? []), figuresOfRun]);
          console.error(
            `lighthouse ${preset} ${url}: run ${run}/${runs}: performance ${figuresOfRun.performance}, ` +
              `blocking ${Math.round(figuresOfRun.tbt)} ms, LCP ${Math.round(figuresOfRun.lcp)} ms, ` +
              `first paint at ${observedFirstPaintMs(result.lhr)} ms`,
          );
        }
      }
    }
    return urls.flatMap((url) =>
      presets.map((preset) => ({
        url,
        preset,
        runs,
        ...medianFigures(figures.get(key(url, preset)) ?? []),
      })),
    );
  } finally {
    chrome.kill();
  }
}
