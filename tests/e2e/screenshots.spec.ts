import path from "node:path";

import { expect, type Page, test } from "@playwright/test";

import { edge, history, live, sample } from "./servers";

// Screenshots of every view for people to look at (written to screenshots/, git-ignored), in
// both themes and at desktop and phone widths. Each also checks what a screenshot would show
// wrongly: a page wider than the screen, charts that have not drawn yet, or a page that has not
// said it is ready (data-ready, what automated screenshotters wait for).

// axe and full-page screenshots of long pages take seconds each on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const VIEWS = [
  { name: "overview", server: () => live.url, path: "/", charts: 3 },
  {
    name: "overview-code-by-tokens",
    server: () => live.url,
    path: "/?macro=code&sort=tokens",
    charts: 3,
  },
  { name: "overview-usage-bars", server: () => live.url, path: "/?metric=usage", charts: 3 },
  // The drill-down draws its models and, below them, its provider split.
  { name: "tag", server: () => live.url, path: "/tags/code%3Ageneral_impl", charts: 2 },
  { name: "tag-no-models", server: () => live.url, path: "/tags/summarization", charts: 0 },
  { name: "not-found", server: () => live.url, path: "/tags/nope", charts: 0 },
  { name: "sample-overview", server: () => sample.url, path: "/", charts: 5 },
  { name: "models", server: () => live.url, path: "/models", charts: 0 },
  {
    name: "model-profile",
    server: () => live.url,
    path: "/models/openai/gpt-6-astra-20260903",
    charts: 1,
  },
  // Its two task charts and, from the stored rankings, the providers' share over time.
  { name: "providers", server: () => live.url, path: "/providers", charts: 3 },
  // Open weights over the stored days, release days marked.
  { name: "open-weights", server: () => history.url, path: "/models", charts: 1 },
  { name: "search", server: () => live.url, path: "/search?q=de", charts: 0 },
  { name: "changes", server: () => history.url, path: "/changes", charts: 0 },
  { name: "search-no-match", server: () => live.url, path: "/search?q=zebra", charts: 0 },
  { name: "about", server: () => live.url, path: "/about", charts: 0 },
  { name: "tag-provider-split", server: () => live.url, path: "/tags/code%3Adebugging", charts: 2 },
  { name: "hostile-models", server: () => edge.url, path: "/models", charts: 0 },
  {
    name: "hostile-profile",
    server: () => edge.url,
    path: "/models/%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E/evil-20260101",
    charts: 1,
  },
  { name: "embed-overview", server: () => live.url, path: "/embed?macro=agent", charts: 3 },
  { name: "embed-tag", server: () => live.url, path: "/embed/tags/code%3Ageneral_impl", charts: 1 },
  {
    name: "sample-tag-trend",
    server: () => sample.url,
    path: "/tags/code%3Ageneral_impl",
    charts: 3,
  },
  // The session costs: the sample's generated cells, and the live server's hostile harness names.
  { name: "costs", server: () => sample.url, path: "/costs", charts: 0 },
  {
    name: "costs-live-filtered",
    server: () => live.url,
    path: "/costs?turns=10-49-turns",
    charts: 0,
  },
  // The app rankings: the sample's generated apps, by group and by subcategory.
  { name: "apps", server: () => sample.url, path: "/apps", charts: 0 },
  {
    name: "apps-coding-trending-7d",
    server: () => sample.url,
    path: "/apps?scope=coding&sort=trending&window=7d",
    charts: 0,
  },
  // The long-run trends: the sample's generated rankings, and a server whose rankings fail.
  { name: "trends", server: () => sample.url, path: "/trends", charts: 2 },
  {
    name: "trends-providers-monthly-tokens",
    server: () => sample.url,
    path: "/trends?by=provider&period=month&measure=tokens",
    charts: 2,
  },
  { name: "trends-categories", server: () => sample.url, path: "/trends/categories", charts: 1 },
  {
    name: "trends-category-programming",
    server: () => sample.url,
    path: "/trends/categories?category=programming",
    charts: 2,
  },
  {
    name: "trends-model-profile",
    server: () => sample.url,
    path: "/models/anthropic/claude-sonnet-5-20260921",
    charts: 2,
  },
  { name: "trends-embed", server: () => sample.url, path: "/embed/trends", charts: 2 },
  { name: "trends-failing", server: () => edge.url, path: "/trends", charts: 0 },
  { name: "history-overview", server: () => history.url, path: "/", charts: 5 },
  {
    name: "history-tag-trend",
    server: () => history.url,
    path: "/tags/code%3Ageneral_impl",
    charts: 3,
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
  // The phone shot is also taken at the narrowest phone the layouts are made for (360 px,
  // tests/e2e/phone.spec.ts measures it), by narrowing the same page: a second load of each view
  // would double the suite's slowest part for a layout the CSS alone decides.
  { name: "phone", viewport: { width: 390, height: 844 }, narrower: { width: 360, height: 780 } },
];

const THEMES = ["light", "dark"] as const;

type Shot = { name: string; url: () => string; charts: number; system: (typeof THEMES)[number] };

const shots: Shot[] = [
  ...VIEWS.flatMap((view) =>
    THEMES.map((theme) => ({
      name: `${view.name}-${theme}`,
      url: () => `${view.server()}${view.path}`,
      charts: view.charts,
      system: theme,
    })),
  ),
  // ?theme= overrides the system's choice: each forced theme shot on the opposite system.
  ...THEMES.map((theme) => ({
    name: `overview-forced-${theme}`,
    url: () => `${live.url}/?theme=${theme}`,
    charts: 3,
    system: theme === "dark" ? ("light" as const) : ("dark" as const),
  })),
];

async function expectFitsAndShoot(page: Page, file: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${file}: page is wider than the viewport`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join("screenshots", file), fullPage: true });
}

for (const shot of shots) {
  for (const size of SIZES) {
    test(`${shot.name} ${size.name}`, async ({ page }) => {
      await page.setViewportSize(size.viewport);
      await page.emulateMedia({ colorScheme: shot.system, reducedMotion: "reduce" });
      await page.goto(shot.url());
      await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
      await expect(page.locator("svg.chart-surface")).toHaveCount(shot.charts);
      await expect(page.getByTestId("citation")).toBeVisible();
      await expectFitsAndShoot(page, `${shot.name}-${size.name}.png`);
      if (!size.narrower) return;
      await page.setViewportSize(size.narrower);
      // Charts follow their box on the next frames; wait until every one has been redrawn.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      await expect(page.locator("svg.chart-surface")).toHaveCount(shot.charts);
      await expectFitsAndShoot(page, `${shot.name}-${size.name}-${size.narrower.width}.png`);
    });
  }
}

// Exported pictures, as a report would receive them (the README shows one).
for (const theme of THEMES) {
  for (const size of SIZES) {
    test(`exported PNG ${theme} ${size.name}`, async ({ page }) => {
      await page.setViewportSize(size.viewport);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto(`${live.url}/?macro=code`);
      await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
      for (const chart of [
        "Tasks: usage share vs token share",
        "Share of requests by macro-category",
      ]) {
        await page.getByRole("button", { name: `Download ${chart}` }).click();
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator('[data-format="png"]:visible').click(),
        ]);
        await download.saveAs(
          path.join("screenshots", `export-${theme}-${size.name}-${download.suggestedFilename()}`),
        );
      }
    });
  }
}

// A trend chart's exported picture (title, one-line subtitle, legend with the release-day key,
// notes under the chart), light and dark.
for (const theme of THEMES) {
  test(`exported trend PNG ${theme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
    await page.goto(`${sample.url}/trends`);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    await page.getByRole("button", { name: "Download Tokens by model" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-format="png"]:visible').click(),
    ]);
    await download.saveAs(path.join("screenshots", `export-trend-${theme}.png`));
  });
}

// The open-weight view as the README shows it (docs/open-weights.png): the shares by weights
// and their trend over the stored days, cropped from the history server's /models.
test("open-weight view for the README", async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await page.goto(`${history.url}/models`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const boxes = await Promise.all(
    ["open-weights-title", "open-weights-trend-title"].map((id) =>
      page.locator(`section[aria-labelledby="${id}"]`).boundingBox(),
    ),
  );
  const [top, bottom] = boxes;
  if (!top || !bottom) throw new Error("the open-weight cards are not on the page");
  const margin = 16;
  await page.screenshot({
    path: path.join("screenshots", "open-weights.png"),
    fullPage: true,
    clip: {
      x: top.x - margin,
      y: top.y - margin,
      width: top.width + 2 * margin,
      height: bottom.y + bottom.height - top.y + 2 * margin,
    },
  });
});
