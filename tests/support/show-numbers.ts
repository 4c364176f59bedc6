import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens a chart's "Show the numbers" (a link until followed: components/history/daily-numbers.tsx)
 * and returns its table once the page shows it.
 */
export async function showNumbers(page: Page, tableId: string): Promise<Locator> {
  await page.locator(`a#${tableId}`).click();
  const table = page.locator(`table#${tableId}`);
  await expect(table).toBeVisible();
  return table;
}
