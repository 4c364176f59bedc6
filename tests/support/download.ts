import { readFileSync } from "node:fs";

import type { Page } from "@playwright/test";

/** Downloads one file from a chart's Download menu: its suggested name and its bytes. */
export async function downloadChart(
  page: Page,
  chart: string,
  format: "png" | "svg" | "csv" | "json",
) {
  await page.getByRole("button", { name: `Download ${chart}` }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-format="${format}"]:visible`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}
