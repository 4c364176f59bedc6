import { expect, test, type Page } from "@playwright/test";

import { tooltipAt } from "../support/chart-tooltip";
import { live } from "./servers";

// The live server serves tests/fixtures/upstream-2026-11-21.json through the fake upstream.

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";

function tableRows(page: Page) {
  return page.getByTestId("tag-table").locator("tbody tr");
}

async function rowTags(page: Page): Promise<string[]> {
  return tableRows(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute("data-tag") ?? ""),
  );
}

test("overview shows the fixture's date, window, source and citation", async ({ page }) => {
  await page.goto(live.url);
  await expect(page).toHaveTitle("Task Share");
  await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
  await expect(page.getByTestId("data-status")).toContainText("7 days to 2026-11-21");
  await expect(page.getByTestId("data-status")).toContainText("Live from OpenRouter");
  await expect(page.getByText("Sample data")).toHaveCount(0);
  await expect(page.getByTestId("citation")).toHaveText(CITATION);
  await expect(page.getByRole("link", { name: "OpenRouter rankings" })).toHaveAttribute(
    "href",
    "https://openrouter.ai/rankings",
  );
});

test("macro donuts draw one sector per category, unknown ones included, with exact legends", async ({
  page,
}) => {
  await page.goto(live.url);
  const usage = page.getByTestId("macro-donut-usage");
  const tokens = page.getByTestId("macro-donut-tokens");
  await expect(usage.locator("path[data-slice]")).toHaveCount(5);
  await expect(tokens.locator("path[data-slice]")).toHaveCount(5);
  await expect(usage).toHaveAccessibleName(
    "Donut chart of the share of classified requests by macro-category: Code 44.7%, Data 4.1%, Agent 15.7%, General 32.5%, Media 3.0%.",
  );

  const legend = (name: string) => page.getByRole("list", { name });
  await expect(legend("Share of requests legend").getByRole("listitem")).toHaveText([
    "Code44.7%",
    "Data4.1%",
    "Agent15.7%",
    "General32.5%",
    "Media3.0%",
  ]);
  await expect(legend("Share of tokens legend").getByRole("listitem")).toHaveText([
    "Code59.4%",
    "Data3.1%",
    "Agent11.0%",
    "General24.5%",
    "Media2.0%",
  ]);
  // The fifth, unknown category gets a colour of its own, not a fallback black.
  const mediaFill = await usage.locator("path[data-slice]").nth(4).getAttribute("fill");
  expect(mediaFill).toBe("var(--chart-extra-1)");
});

test("the macro-category table fits a 360 px phone: every column shown, nothing to scroll", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(live.url);
  const table = page.getByTestId("macro-table");
  const scrollBox = table.locator("xpath=..");
  const hidden = await scrollBox.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(hidden, "pixels of the table behind a sideways scroll").toBe(0);
  const box = await scrollBox.boundingBox();
  const lastHeader = await table.getByRole("columnheader", { name: "Tasks" }).boundingBox();
  // Within half a pixel: boxes are laid out in fractions of a pixel, scroll widths in whole ones.
  expect(lastHeader!.x + lastHeader!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
  await expect(table.locator('tr[data-macro="code"]')).toHaveText("Code44.7%59.4%1.33×3");
});

test("on a phone, with every column shown, the task table scrolls under its names, which stay put", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(live.url);
  const table = page.getByTestId("tag-table");
  const scrollBox = table.locator("xpath=..");
  // A phone shows the task, its shares and the sorted column; the rest on request.
  await page.getByLabel("Show every column").first().check();
  const rowHeader = table.locator('tr[data-tag="code:general_impl"] th[scope="row"]');
  await rowHeader.scrollIntoViewIfNeeded();
  const leftBefore = (await rowHeader.boundingBox())?.x;

  const scrolled = await scrollBox.evaluate((box) => {
    box.scrollLeft = box.scrollWidth;
    return box.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(200);
  await expect(table.getByRole("columnheader", { name: "In category: tokens" })).toBeInViewport();
  expect((await rowHeader.boundingBox())?.x).toBeCloseTo(leftBefore ?? Number.NaN, 0);
  // The name is on top of the cells scrolled under it, not behind them.
  const link = rowHeader.getByRole("link", { name: "Code Generation" });
  const onTop = await link.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(x + width / 2, y + height / 2));
  });
  expect(onTop).toBe(true);

  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await rowHeader.evaluate((element) => getComputedStyle(element).position)).toBe("static");
});

test("per-tag bars: two bars per tag, coloured by macro-category", async ({ page }) => {
  await page.goto(live.url);
  const bars = page.getByTestId("tag-bars");
  await expect(bars.locator("rect[data-bar]")).toHaveCount(20);
  await expect(bars.locator("text[data-row-label]")).toHaveText([
    "Roleplay & Fiction",
    "Code Generation",
    "Debugging",
    "Frontend UI",
    "Web Search",
    "Translation",
    "Tool Dispatch",
    "Summarization",
    "Data Extraction",
    "Image Generation",
  ]);
  const firstUsageBar = bars.locator("g[data-series]").first().locator("rect[data-bar]").first();
  await expect(firstUsageBar).toHaveAttribute("fill", "var(--chart-general)");
});

test("bars are fractions of the plot beside the labels, in markup every browser reads", async ({
  page,
}) => {
  await page.goto(live.url);
  const bars = page.getByTestId("tag-bars");
  const plot = await bars.locator("svg.chart-surface").boundingBox();
  const label = await bars.locator("text[data-row-label]").nth(1).boundingBox();
  const tokenBars = bars.locator('g[data-series="tokens"] rect[data-bar]');
  const bar = await tokenBars.nth(1).boundingBox();
  if (!plot || !label || !bar) throw new Error("The bar chart is not drawn");
  // Within a pixel and a half: glyph boxes land on half pixels, and a token bar's box includes
  // its stroke, half a pixel each side.
  const near = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1.5);
  // The 150 px label column is left of the plot, labels ending 6 px before it.
  near(label.x + label.width, plot.x - 6);
  // Code Generation's token bar starts at the plot's edge, as long as its width says of the plot.
  const fraction = Number.parseFloat((await tokenBars.nth(1).getAttribute("width")) ?? "") / 100;
  expect(fraction).toBeGreaterThan(0.8);
  near(bar.x, plot.x);
  near(bar.width, plot.width * fraction);
  // No calc() in an SVG attribute: only Chromium reads one (Firefox and Safari took the whole
  // width for the plot, and its right end spilled out of the card).
  const calcAttributes = await page
    .locator("svg.chart-surface *")
    .evaluateAll(
      (elements) =>
        elements.flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.value.includes("calc(")),
        ).length,
    );
  expect(calcAttributes).toBe(0);
});

test("pointing at a chart loads its interactive layer and shows the row's exact numbers", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(live.url);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const bars = page.getByTestId("tag-bars");
  await expect(bars.locator("[data-chart-interaction]")).toHaveCount(0);
  const loadedBefore = scripts.length;

  // The third row (Debugging): below the 30 px axis, rows 34 px high.
  await bars.scrollIntoViewIfNeeded();
  const box = await bars.boundingBox();
  if (!box) throw new Error("The bar chart has no box");
  const [x, y] = [box.x + box.width / 2, box.y + 30 + 34 * 2.5];
  const tooltip = await tooltipAt(page, x, y);
  await expect(tooltip.locator("p")).toHaveText([
    "Debugging",
    "Usage share: 15.6%",
    "Token share: 19.1%",
  ]);
  // The layer's code came after the pointer, not with the page.
  expect(scripts.length).toBeGreaterThan(loadedBefore);
});

test("the table holds every tag's exact numbers and links to its drill-down", async ({ page }) => {
  await page.goto(live.url);
  await expect(tableRows(page)).toHaveCount(10);
  expect(await rowTags(page)).toEqual([
    "roleplay_fiction",
    "code:general_impl",
    "code:debugging",
    "code:frontend_ui",
    "agent:web_search",
    "translation",
    "agent:tool_dispatch",
    "summarization",
    "data:extraction",
    "media:image_generation",
  ]);
  const cells = (tag: string) => page.locator(`tr[data-tag="${tag}"] td`);
  await expect(cells("code:general_impl")).toHaveText([
    "Code",
    "18.4%",
    "26.1%",
    "1.42×",
    "41.2%",
    "44.0%",
  ]);
  await expect(cells("roleplay_fiction")).toHaveText([
    "General",
    "19.0%",
    "15.0%",
    "0.79×",
    "58.5%",
    "61.2%",
  ]);
  await expect(cells("media:image_generation")).toHaveText([
    "Media",
    "3.0%",
    "2.0%",
    "0.67×",
    "100.0%",
    "100.0%",
  ]);

  await page.getByRole("link", { name: "Code Generation" }).click();
  await expect(page).toHaveURL(`${live.url}/tags/code%3Ageneral_impl`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code Generation");
});

test("sort and filter work by keyboard, live in the URL and follow the back button", async ({
  page,
}) => {
  await page.goto(live.url);

  await page.getByRole("link", { name: "Token share" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/?sort=tokens`);
  await expect(tableRows(page).first()).toHaveAttribute("data-tag", "code:general_impl");
  expect((await rowTags(page)).slice(0, 3)).toEqual([
    "code:general_impl",
    "code:debugging",
    "roleplay_fiction",
  ]);

  const codeFilter = page
    .getByRole("navigation", { name: "Filter tasks by macro-category" })
    .getByRole("link", { name: "Code" });
  await codeFilter.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/?macro=code&sort=tokens`);
  await expect(tableRows(page)).toHaveCount(3);
  await expect(page.getByTestId("tag-bars").locator("rect[data-bar]")).toHaveCount(6);
  await expect(codeFilter).toHaveAttribute("aria-current", "true");

  await page.goBack();
  await expect(page).toHaveURL(`${live.url}/?sort=tokens`);
  await expect(tableRows(page)).toHaveCount(10);
});

test("each sort orders the tags as specified", async ({ page }) => {
  await page.goto(`${live.url}/?sort=intensity`);
  expect((await rowTags(page)).slice(0, 3)).toEqual([
    "code:general_impl",
    "code:frontend_ui",
    "code:debugging",
  ]);
  await expect(page.locator("th[aria-sort]")).toHaveText("Intensity ↓");

  await page.goto(`${live.url}/?sort=name`);
  await expect(tableRows(page).locator("th a")).toHaveText([
    "Code Generation",
    "Data Extraction",
    "Debugging",
    "Frontend UI",
    "Image Generation",
    "Roleplay & Fiction",
    "Summarization",
    "Tool Dispatch",
    "Translation",
    "Web Search",
  ]);
});

test("unknown view settings fall back to the defaults, visibly", async ({ page }) => {
  const response = await page.goto(`${live.url}/?macro=nope&sort=size`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveText(
    "Ignored unknown view settings macro=nope, sort=size; showing the default instead.",
  );
  await expect(tableRows(page)).toHaveCount(10);
});

test("without JavaScript every number, the table and the citation are still there", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(live.url);
  await expect(page.getByTestId("citation")).toHaveText(CITATION);
  await expect(tableRows(page)).toHaveCount(10);
  await expect(page.locator('tr[data-tag="code:general_impl"] td').nth(1)).toHaveText("18.4%");
  await page.getByRole("link", { name: "Name" }).click();
  await expect(page).toHaveURL(`${live.url}/?sort=name`);
  await expect(tableRows(page).first()).toHaveAttribute("data-tag", "code:general_impl");
  await context.close();
});
