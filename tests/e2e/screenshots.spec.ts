import path from "node:path";

import { expect, test } from "@playwright/test";

import { edge, live, sample } from "./servers";

// Screenshots of every view for people to look at (written to screenshots/, git-ignored), in
// both themes and at desktop and phone widths. Each also checks what a screenshot would show
// wrongly: a page wider than the screen, or charts that have not drawn yet.

const VIEWS = [
  { name: "overview", server: () => live.url, path: "/", charts: 3 },
  {
    name: "overview-code-by-tokens",
    server: () => live.url,
    path: "/?macro=code&sort=tokens",
    charts: 3,
  },
  // The drill-down draws its models and, below them, its provider split.
  { name: "tag", server: () => live.url, path: "/tags/code%3Ageneral_impl", charts: 2 },
  { name: "tag-no-models", server: () => live.url, path: "/tags/summarization", charts: 0 },
  { name: "not-found", server: () => live.url, path: "/tags/nope", charts: 0 },
  { name: "sample-overview", server: () => sample.url, path: "/", charts: 3 },
  { name: "models", server: () => live.url, path: "/models", charts: 0 },
  {
    name: "model-profile",
    server: () => live.url,
    path: "/models/openai/gpt-6-astra-20260903",
    charts: 1,
  },
  { name: "providers", server: () => live.url, path: "/providers", charts: 2 },
  { name: "tag-provider-split", server: () => live.url, path: "/tags/code%3Adebugging", charts: 2 },
  { name: "hostile-models", server: () => edge.url, path: "/models", charts: 0 },
  {
    name: "hostile-profile",
    server: () => edge.url,
    path: "/models/%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E/evil-20260101",
    charts: 1,
  },
];

const SIZES = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

const THEMES = ["light", "dark"] as const;

for (const view of VIEWS) {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      test(`${view.name} ${size.name} ${theme}`, async ({ page }) => {
        await page.setViewportSize(size.viewport);
        await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
        await page.goto(`${view.server()}${view.path}`);
        await expect(page.locator(".recharts-surface")).toHaveCount(view.charts);
        await expect(page.getByTestId("citation")).toBeVisible();

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, "page is wider than the viewport").toBeLessThanOrEqual(0);

        await page.screenshot({
          path: path.join("screenshots", `${view.name}-${size.name}-${theme}.png`),
          fullPage: true,
        });
      });
    }
  }
}
