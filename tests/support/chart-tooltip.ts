import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Points at (x, y) of a chart until its tooltip shows, and returns the tooltip: the interactive
 * layer loads when the pointer first enters, and Recharts answers the first move after that.
 */
export async function tooltipAt(page: Page, x: number, y: number): Promise<Locator> {
  const tooltip = page.getByTestId("chart-tooltip");
  await expect(async () => {
    await page.mouse.move(x, y + 2);
    await page.mouse.move(x, y);
    await expect(tooltip).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return tooltip;
}
