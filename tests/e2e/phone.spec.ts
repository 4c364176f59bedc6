import { expect, test, type Locator, type Page } from "@playwright/test";

import { history, live } from "./servers";

// Every view on a 360 px phone, measured with the real layout: each table's row name and the
// column the view is sorted by (or the figure the table is about) lie inside the screen without
// scrolling; a table that still scrolls shows the shadow that says so; the columns a phone leaves
// out are one tick away and still in the HTML; bar charts give their bars most of the width.

const PHONE = { width: 360, height: 780 };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(PHONE);
});

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, "page is wider than the screen").toBeLessThanOrEqual(0);
}

/**
 * The element is shown, and its box lies within the screen's width and, inside a table, within
 * what the table's scrolling box shows without scrolling.
 */
async function expectOnScreen(element: Locator, what: string) {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  expect(box, `${what} is shown`).not.toBeNull();
  expect(box!.width, `${what} has a width`).toBeGreaterThan(0);
  const visible = await element.evaluate((node, width) => {
    const scroller = node.closest(".scroll-cue");
    if (!scroller) return { left: 0, right: width };
    const frame = scroller.getBoundingClientRect();
    return {
      left: Math.max(0, frame.left),
      right: Math.min(width, frame.left + scroller.clientWidth),
    };
  }, PHONE.width);
  // Within half a pixel: boxes are laid out in fractions of a pixel.
  expect(box!.x, `${what} starts in view`).toBeGreaterThanOrEqual(visible.left - 0.5);
  expect(box!.x + box!.width, `${what} ends in view`).toBeLessThanOrEqual(visible.right + 0.5);
}

/**
 * In `table`'s first body row: the row's name and the cells under each header named in
 * `columns` (matched by accessible name) are on screen, and `hidden` headers are not shown.
 */
async function expectPhoneColumns(
  table: Locator,
  { columns, hidden = [] }: { columns: string[]; hidden?: string[] },
) {
  const row = table.locator("tbody tr").first();
  await expectOnScreen(row.locator("th[scope=row]"), "the row's name");
  const headers = table.locator("thead tr").last().locator("th");
  for (const name of columns) {
    // The first header starting with the name ("Usage" before "Δ Usage" and "Usage trend").
    const header = headers.filter({ hasText: new RegExp(`^${name}`) }).first();
    const index = await header.evaluate((cell) => (cell as HTMLTableCellElement).cellIndex);
    await expectOnScreen(header, `the header ${name}`);
    const cell = row.locator("th, td").nth(index);
    await expect(cell, `the ${name} cell says something`).toHaveText(/\S/);
    await expectOnScreen(cell, `the ${name} cell`);
  }
  for (const name of hidden) {
    await expect(headers.filter({ hasText: new RegExp(`^${name}`) }).first()).toBeHidden();
  }
}

/** Ticking "Show every column" shows the columns a phone left out; they were in the HTML. */
async function expectEveryColumnOnRequest(table: Locator, column: string) {
  const header = table
    .locator("thead th")
    .filter({ hasText: new RegExp(`^${column}`) })
    .first();
  await expect(header).toBeHidden();
  const frame = table.locator("xpath=ancestor::div[contains(@class, 'table-frame')][1]");
  await frame.getByLabel("Show every column").check();
  await expect(header).toBeVisible();
  // The table now scrolls sideways, and says so with a shadow at the edge.
  const scroller = table.locator("xpath=..");
  const hidden = await scroller.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(hidden).toBeGreaterThan(0);
  const cue = await scroller.evaluate((box) => getComputedStyle(box).backgroundImage);
  expect(cue).toContain("linear-gradient");
  await frame.getByLabel("Show every column").uncheck();
  await expect(header).toBeHidden();
}

/** The plot (the bars' box) takes at least `share` of the chart's width. */
async function expectBarsGetTheWidth(figure: Locator, share: number) {
  const plot = await figure.locator("svg.chart-surface").boundingBox();
  const frame = await figure.boundingBox();
  expect(plot!.width / frame!.width).toBeGreaterThanOrEqual(share);
  // Every label shown fits left of the plot, inside the figure's card.
  for (const label of await figure
    .locator("[data-row-label]:visible, [data-phone-label]:visible")
    .all()) {
    const box = await label.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(plot!.x + 1);
  }
}

test("overview: task, usage and tokens on screen; the sorted column joins them", async ({
  page,
}) => {
  await open(page, live.url);
  const table = page.getByTestId("tag-table");
  await expectPhoneColumns(table, {
    columns: ["Usage", "Tokens"],
    hidden: ["Category", "Intensity"],
  });
  await expectEveryColumnOnRequest(table, "In category: tokens");
  // The names stay put while every column scrolls under them.
  await expectBarsGetTheWidth(page.getByTestId("tag-bars"), 0.6);
  await expectPhoneColumns(page.getByTestId("macro-table"), { columns: ["Requests", "Tasks"] });

  await open(page, `${live.url}/?sort=intensity`);
  await expectPhoneColumns(page.getByTestId("tag-table"), {
    columns: ["Usage", "Tokens", "Intensity"],
  });
});

test("overview with changes: the bars keep most of the width beside their notes", async ({
  page,
}) => {
  await open(page, history.url);
  await expectPhoneColumns(page.getByTestId("tag-table"), {
    columns: ["Usage", "Tokens"],
    hidden: ["Δ Usage"],
  });
  await expectBarsGetTheWidth(page.getByTestId("tag-bars"), 0.5);
});

test("drill-down: model ids, their shares and the bars fit", async ({ page }) => {
  await open(page, `${history.url}/tags/code%3Ageneral_impl`);
  const table = page.getByTestId("model-table");
  await expectPhoneColumns(table, {
    columns: ["Usage in task", "Tokens in task"],
  });
  await expectEveryColumnOnRequest(table, "Δ Tokens");
  await expectBarsGetTheWidth(page.getByTestId("model-bars"), 0.5);
});

test("models index: sorted by estimated tokens, the tokens column is on screen", async ({
  page,
}) => {
  await open(page, `${live.url}/models?sort=tokens`);
  const table = page.getByTestId("model-index");
  await expectPhoneColumns(table, {
    columns: ["Est. requests", "Est. tokens"],
    hidden: ["Provider", "Top task"],
  });
  await expectEveryColumnOnRequest(table, "Top task");

  await open(page, `${live.url}/models?sort=tasks`);
  await expectPhoneColumns(page.getByTestId("model-index"), { columns: ["Tasks"] });
});

test("model profile: each task with the model's shares in it", async ({ page }) => {
  await open(page, `${live.url}/models/openai/gpt-6-astra-20260903`);
  const table = page.getByTestId("model-tags-table");
  await expectPhoneColumns(table, { columns: ["Rank", "Requests", "Tokens"] });
  await expectEveryColumnOnRequest(table, "Task mix");
});

test("providers: each provider's overall share is on screen", async ({ page }) => {
  await open(page, `${live.url}/providers`);
  const table = page.getByTestId("provider-totals-table");
  await expectPhoneColumns(table, { columns: ["Overall"], hidden: ["Models"] });
  await expectEveryColumnOnRequest(table, "In Code");
  await expectBarsGetTheWidth(page.getByTestId("provider-totals-bars"), 0.6);
});

test("changes: each move and its size are on screen", async ({ page }) => {
  await open(page, `${history.url}/changes`);
  const table = page.getByTestId("notable-moves");
  await expectPhoneColumns(table, {
    columns: ["Task or category", "Share of", "Change"],
    hidden: ["From", "To", "Usual move"],
  });
  await expectEveryColumnOnRequest(table, "Usual move");
});

test("search and about: names and figures fit the screen", async ({ page }) => {
  await open(page, `${live.url}/search?q=de`);
  const result = page.getByTestId("search-results").locator("li").first();
  await expectOnScreen(result.getByRole("link").first(), "a result's name");
  await expectOnScreen(result.getByTestId("search-figure"), "a result's figure");

  await open(page, `${live.url}/about`);
  await expectOnScreen(page.getByTestId("about-citation"), "the citation");
});

test("embeds: the task table and bars fit a 360 px frame", async ({ page }) => {
  await open(page, `${live.url}/embed`);
  await expectPhoneColumns(page.getByTestId("tag-table"), { columns: ["Usage", "Tokens"] });
  await expectBarsGetTheWidth(page.getByTestId("tag-bars"), 0.6);

  await open(page, `${live.url}/embed/tags/code%3Ageneral_impl`);
  await expectPhoneColumns(page.getByTestId("model-table"), {
    columns: ["Usage in task", "Tokens in task"],
  });
});

test("without JavaScript every column is still in the page, one tick away", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${live.url}/models?sort=tokens`);
  const table = page.getByTestId("model-index");
  await expect(table.locator("thead th")).toHaveCount(7);
  await expectEveryColumnOnRequest(table, "Provider");
  await context.close();
});
