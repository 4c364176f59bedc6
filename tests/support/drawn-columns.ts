import type { Locator } from "@playwright/test";

/**
 * How many coloured columns a daily stack chart draws: each series is one path of rectangles,
 * one subpath (one "M") per day it has a share on.
 */
export async function drawnColumns(chart: Locator): Promise<number> {
  const paths = await chart
    .locator("path[data-series]")
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("d") ?? ""));
  return paths.reduce((total, d) => total + (d.match(/M/g) ?? []).length, 0);
}
