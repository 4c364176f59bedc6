import { expect, test } from "@playwright/test";

import { shownAs } from "../support/fake-catalogue";
import { live } from "./servers";

test("drill-down shows the tag's shares, its place, and its models with exact percentages", async ({
  page,
}) => {
  const response = await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Code Generation · Task Share");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code Generation");

  const stats = page.getByTestId("tag-stats");
  await expect(stats.locator("dt")).toHaveText([
    "Usage share",
    "Token share",
    "Token intensity",
    "Within Code",
  ]);
  await expect(stats.locator("dd.text-2xl")).toHaveText(["18.4%", "26.1%", "1.42×", "41.2%"]);
  await expect(stats).toContainText("#2 of 10 tasks by requests");
  await expect(stats).toContainText("of Code requests, 44.0% of its tokens · #1 of 3");

  const rows = page.getByTestId("model-table").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).locator("td, th")).toHaveText([
    "1",
    shownAs("anthropic/claude-opus-5.5-20260921"),
    "21.4%",
    "26.3%",
  ]);
  await expect(rows.nth(1).locator("td, th")).toHaveText([
    "2",
    shownAs("openai/gpt-6-astra-20260903"),
    "17.1%",
    "15.8%",
  ]);
  await expect(rows.nth(2).locator("td, th")).toHaveText([
    "3",
    shownAs("qwen/qwen3.5-coder-20260820"),
    "9.3%",
    "8.1%",
  ]);
  await expect(rows.nth(3).locator("td, th")).toHaveText([
    "–",
    "Other models (not in the top list)",
    "52.2%",
    "49.8%",
  ]);

  // The chart draws the same four rows: three models and the remainder, two bars each.
  await expect(page.getByTestId("model-bars").locator("rect[data-bar]")).toHaveCount(8);
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
  );
});

test("a tag whose models cover it fully has no remainder row", async ({ page }) => {
  await page.goto(`${live.url}/tags/translation`);
  const rows = page.getByTestId("model-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator("td, th")).toHaveText([
    "1",
    shownAs("google/gemini-3.5-pro-20261015"),
    "60.0%",
    "55.0%",
  ]);
  await expect(page.getByText("Other models")).toHaveCount(0);
});

test("a tag with no models says so instead of an empty table", async ({ page }) => {
  await page.goto(`${live.url}/tags/summarization`);
  await expect(page.getByTestId("no-models")).toHaveText(
    "OpenRouter lists no models for this task in this window.",
  );
  await expect(page.getByTestId("model-table")).toHaveCount(0);
});

test("a tag in an unknown macro-category still renders", async ({ page }) => {
  await page.goto(`${live.url}/tags/media%3Aimage_generation`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Image Generation");
  await expect(page.getByTestId("tag-stats").locator("dt").nth(3)).toHaveText("Within Media");
});

test("an unencoded colon reaches the same tag", async ({ page }) => {
  await page.goto(`${live.url}/tags/code:debugging`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Debugging");
});

test("an unknown tag is the project's 404 page with a way home", async ({ page }) => {
  const response = await page.goto(`${live.url}/tags/code%3Adoes_not_exist`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page).toHaveURL(`${live.url}/`);
  await expect(page.getByTestId("tag-table")).toBeVisible();
});

test("the breadcrumb leads back to the overview filtered to the tag's category", async ({
  page,
}) => {
  await page.goto(`${live.url}/tags/agent%3Aweb_search`);
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Agent" })
    .click();
  await expect(page).toHaveURL(`${live.url}/?macro=agent`);
  await expect(page.getByTestId("tag-table").locator("tbody tr")).toHaveCount(2);
});
