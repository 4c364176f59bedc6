import { expect, test, type Page } from "@playwright/test";

import { live } from "./servers";

// Every view setting lives in the URL: a link reproduces the view exactly, the back button
// walks through changes, and settings the server does not understand are named, not hidden.

function rowTags(page: Page): Promise<string[]> {
  return page
    .getByTestId("tag-table")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-tag") ?? ""));
}

async function viewOf(page: Page) {
  return {
    rows: await rowTags(page),
    bars: await page.getByTestId("tag-bars").locator("rect[data-bar]").count(),
    barSeries: await page.getByTestId("tag-bars").locator("g[data-series]").count(),
    title: await page.locator("#tags-title").textContent(),
    theme: await page.locator("html").getAttribute("data-theme"),
    pressed: await page
      .getByRole("group", { name: "Colour theme" })
      .locator("[aria-pressed=true]")
      .textContent(),
  };
}

test("a URL with every setting reproduces the view exactly, in a fresh browser too", async ({
  page,
  browser,
}) => {
  const url = `${live.url}/?macro=code&sort=tokens&metric=usage&theme=dark`;
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const seen = await viewOf(page);
  expect(seen).toEqual({
    rows: ["code:general_impl", "code:debugging", "code:frontend_ui"],
    bars: 3,
    barSeries: 1,
    title: "Tasks by usage share",
    theme: "dark",
    pressed: "Dark",
  });

  const context = await browser.newContext({ colorScheme: "light" });
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator("html")).toHaveAttribute("data-ready", "true");
  expect(await viewOf(other)).toEqual(seen);
  await context.close();
});

test("the view's links keep its other settings, and back walks through every change", async ({
  page,
}) => {
  await page.goto(`${live.url}/?metric=tokens&theme=dark`);
  await page
    .getByRole("navigation", { name: "Filter tasks by macro-category" })
    .getByRole("link", { name: "Agent" })
    .click();
  await expect(page).toHaveURL(`${live.url}/?macro=agent&metric=tokens&theme=dark`);
  await page
    .getByRole("navigation", { name: "Bars to draw" })
    .getByRole("link", { name: "Both" })
    .click();
  await expect(page).toHaveURL(`${live.url}/?macro=agent&theme=dark`);
  await expect(page.getByTestId("tag-bars").locator("g[data-series]")).toHaveCount(2);

  await page.getByRole("link", { name: "Web Search" }).click();
  await expect(page).toHaveURL(`${live.url}/tags/agent%3Aweb_search?theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.goBack();
  await expect(page).toHaveURL(`${live.url}/?macro=agent&theme=dark`);
  await page.goBack();
  await expect(page).toHaveURL(`${live.url}/?macro=agent&metric=tokens&theme=dark`);
  await expect(page.getByTestId("tag-bars").locator("g[data-series]")).toHaveCount(1);
  await expect(page.getByTestId("tag-table").locator("tbody tr")).toHaveCount(2);
});

test("the tag page keeps its bar metric in the URL", async ({ page }) => {
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  await page
    .getByRole("navigation", { name: "Bars to draw" })
    .getByRole("link", { name: "Tokens only" })
    .click();
  await expect(page).toHaveURL(`${live.url}/tags/code%3Ageneral_impl?metric=tokens`);
  const bars = page.getByTestId("model-bars");
  await expect(bars.locator("g[data-series]")).toHaveCount(1);
  await expect(bars.locator("rect[data-bar]")).toHaveCount(4);
  await expect(page.getByRole("list", { name: "Bar legend" }).getByRole("listitem")).toHaveText([
    "Token share",
    // Every bar here has the task's one colour: the legend says so, not "colour = macro-category".
    "Code: this task's macro-category",
    "Other models",
  ]);
});

test("stale or invalid settings fall back visibly on every page, never an error", async ({
  page,
}) => {
  let response = await page.goto(`${live.url}/?metric=bytes&theme=sepia&sort=tokens`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveText(
    "Ignored unknown view settings metric=bytes, theme=sepia; showing the default instead.",
  );
  await expect(page.getByTestId("tag-bars").locator("g[data-series]")).toHaveCount(2);
  await expect(page.getByTestId("tag-table").locator("tbody tr").first()).toHaveAttribute(
    "data-tag",
    "code:general_impl",
  );

  response = await page.goto(`${live.url}/tags/translation?metric=%3Cb%3E`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveText(
    "Ignored unknown view setting metric=<b>; showing the default instead.",
  );
});
