import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { history, live, sample } from "./servers";

// axe-core finds no violation on any page in either theme; every control and chart is
// reachable by keyboard with a visible focus ring; every chart has a name and a table.

// axe and full-page screenshots of long pages take seconds each on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const PAGES = [
  "/",
  "/?macro=code&sort=tokens&metric=usage",
  "/?macro=nope",
  "/tags/code%3Ageneral_impl",
  "/tags/summarization?metric=tokens",
  "/tags/nope",
  "/embed",
  "/embed/tags/code%3Ageneral_impl",
  "/models",
  "/models/openai/gpt-6-astra-20260903",
  "/providers?metric=tokens",
  "/search?q=de",
  "/search?q=zebra",
  "/about",
  "/api",
  "/trends",
  "/costs?turns=10-49-turns",
].map((path) => ({ server: live, path }));
// The long-run trends, drawn from the sample's generated rankings.
const TRENDS_PAGES = [
  "/trends",
  "/trends?by=provider&period=month&measure=tokens",
  "/trends/categories",
  "/trends/categories?category=programming",
  "/embed/trends",
  "/models/anthropic/claude-sonnet-5-20260921",
  "/costs",
  "/apps",
  "/apps?scope=cli-agent",
  "/embed/apps?scope=coding",
].map((path) => ({ server: sample, path }));
// With stored history: changes, trends, a pinned date and an unknown one.
const HISTORY_PAGES = [
  "/?vs=7d",
  "/tags/code%3Ageneral_impl",
  "/?as_of=2026-11-18",
  "/tags/code%3Ageneral_impl?as_of=2026-11-20",
  "/changes",
  "/about?as_of=2026-11-18",
].map((path) => ({ server: history, path }));

// Only colours differ between the themes: each page is checked whole in light, then its colours
// again in dark, on the same load (the system theme follows the emulated preference live).
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

function violationsOf(results: Awaited<ReturnType<AxeBuilder["analyze"]>>) {
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

for (const { server, path } of [...PAGES, ...HISTORY_PAGES, ...TRENDS_PAGES]) {
  const where = server === history ? " (history)" : server === sample ? " (sample)" : "";
  test(`axe: ${path}${where} in light, and its colours in dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    await page.goto(`${server.url}${path}`);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    const light = await new AxeBuilder({ page }).analyze();
    expect(violationsOf(light), "light").toEqual([]);
    // Contrast was actually checked (in this theme's colours), not skipped.
    expect(light.passes.map((rule) => rule.id)).toContain("color-contrast");

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await expect.poll(background, "the page took the dark theme").not.toBe(lightBackground);
    const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
    expect(violationsOf(dark), "dark").toEqual([]);
    expect(dark.passes.map((rule) => rule.id)).toContain("color-contrast");
  });
}

test("axe passes with the download menu open, in the forced dark theme", async ({ page }) => {
  await page.goto(`${live.url}/tags/translation?theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "Download Top models: Translation" }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("Tab reaches every control and chart, each with a visible focus ring", async ({ page }) => {
  await page.goto(`${live.url}/?macro=code`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const reached: string[] = [];
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const chart = element.closest("[data-chart-frame]");
      const name =
        element.getAttribute("aria-label") ??
        (chart
          ? `chart:${chart.getAttribute("data-testid")}`
          : (element.textContent ?? "").trim().slice(0, 40));
      return { name, outline: style.outlineStyle, outlineWidth: style.outlineWidth };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on ${focused.name}`).not.toBe("none");
    expect(focused.outlineWidth, `focus ring on ${focused.name}`).not.toBe("0px");
    reached.push(focused.name);
  }
  for (const expected of [
    "Task Share",
    "System",
    "Dark",
    "Copy link",
    "Copy citation",
    "Download Share of requests by macro-category",
    "chart:macro-donut-usage",
    "Download Tasks: usage share vs token share",
    "Token share",
    "Tokens only",
    "chart:tag-bars",
    "Code Generation",
  ]) {
    expect(reached, `Tab reaches ${expected}`).toContain(expected);
  }
});

test("each chart is named and points to the table it is drawn from", async ({ page }) => {
  await page.goto(live.url);
  for (const [chart, table] of [
    ["macro-donut-usage", "macro-table"],
    ["macro-donut-tokens", "macro-table"],
    ["tag-bars", "tag-table"],
  ] as const) {
    const figure = page.getByTestId(chart);
    await expect(figure).toHaveAttribute("aria-describedby", table);
    expect(await figure.getAttribute("aria-label")).toBeTruthy();
    await expect(page.locator(`table#${table}`)).toBeVisible();
  }
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  await expect(page.getByTestId("model-bars")).toHaveAttribute("aria-describedby", "model-table");
});
