import path from "node:path";

import { expect, test } from "@playwright/test";

import { history, live, sample } from "./servers";

// Screenshots of every view for people to look at (written to screenshots/, git-ignored), in
// both themes and at desktop and phone widths. Each also checks what a screenshot would show
// wrongly: a page wider than the screen, or charts that have not drawn yet.

// Full-page shots of the heavier history views take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

const VIEWS = [
  { name: "overview", server: () => live.url, path: "/", charts: 3 },
  {
    name: "overview-code-by-tokens",
    server: () => live.url,
    path: "/?macro=code&sort=tokens",
    charts: 3,
  },
  { name: "tag", server: () => live.url, path: "/tags/code%3Ageneral_impl", charts: 1 },
  { name: "tag-no-models", server: () => live.url, path: "/tags/summarization", charts: 0 },
  { name: "not-found", server: () => live.url, path: "/tags/nope", charts: 0 },
  { name: "sample-overview", server: () => sample.url, path: "/", charts: 5 },
  {
    name: "sample-tag-trend",
    server: () => sample.url,
    path: "/tags/code%3Ageneral_impl",
    charts: 2,
  },
  { name: "history-overview", server: () => history.url, path: "/", charts: 5 },
  {
    name: "history-tag-trend",
    server: () => history.url,
    path: "/tags/code%3Ageneral_impl",
    charts: 2,
  },
  { name: "pinned-overview", server: () => history.url, path: "/?as_of=2026-11-18", charts: 5 },
  {
    name: "unknown-date",
    server: () => history.url,
    path: "/tags/code%3Ageneral_impl?as_of=2026-11-20",
    charts: 0,
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
