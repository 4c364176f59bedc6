import { expect, test } from "@playwright/test";

import { pdfPageTexts } from "../support/pdf-text";
import { live } from "./servers";

// Printing: light on paper, no controls, charts and tables kept, and the citation on every
// printed page (A4 and Letter).

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";

test("print hides the controls and keeps the charts, tables and citation", async ({ page }) => {
  await page.goto(`${live.url}/?theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.emulateMedia({ media: "print" });

  for (const control of [
    page.getByRole("group", { name: "Colour theme" }),
    page.getByRole("navigation", { name: "Sort tasks" }),
    page.getByRole("navigation", { name: "Bars to draw" }),
    page.getByRole("button", { name: "Copy link" }),
    page.getByRole("button", { name: /^Download/ }).first(),
  ]) {
    await expect(control).toBeHidden();
  }
  await expect(page.getByTestId("tag-bars").locator("svg.chart-surface")).toBeVisible();
  await expect(page.getByTestId("tag-table")).toBeVisible();
  await expect(page.getByTestId("macro-table")).toBeVisible();
  await expect(page.getByTestId("citation")).toHaveText(CITATION);
  // Paper is light even when the screen is dark.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(255, 255, 255)",
  );
  // Charts fit the printable width.
  const widths = await page.evaluate(() => ({
    page: document.documentElement.clientWidth,
    chart: document.querySelector("[data-testid=tag-bars] svg")?.getBoundingClientRect().width,
  }));
  expect(widths.chart).toBeLessThanOrEqual(widths.page);
});

for (const format of ["A4", "Letter"] as const) {
  test(`every printed ${format} page carries the citation`, async ({ page }) => {
    await page.goto(`${live.url}/?sort=name`);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    // Kept in screenshots/ (git-ignored) for people to look at.
    const pdf = await page.pdf({
      format,
      printBackground: true,
      path: `screenshots/print-${format}.pdf`,
    });
    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(CITATION);
      expect(text, `page ${index + 1}`).toContain(`${index + 1} / ${pages.length}`);
    });
    expect(pages.join(" ")).toContain("Code Generation");
    expect(pages.join(" ")).not.toContain("Copy citation");
  });
}
