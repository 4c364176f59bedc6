import { readFileSync } from "node:fs";

import { expect, type Page } from "@playwright/test";

/**
 * Downloads one file from a chart's Download menu: its suggested name and its bytes. Waits for
 * data-ready first: charts load after first paint, and a picture is drawn from the chart.
 */
export async function downloadChart(
  page: Page,
  chart: string,
  format: "png" | "svg" | "csv" | "json",
) {
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: `Download ${chart}` }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-format="${format}"]:visible`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}
