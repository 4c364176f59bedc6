import { expect, test, type Page } from "@playwright/test";

import { shownAs } from "../support/fake-catalogue";
import { history, live } from "./servers";

// The header's search box and /search. The live server serves
// tests/fixtures/upstream-2026-11-21.json; expected results are worked out from it by hand.
// "de" finds one of each kind, the first of each group:
//   task Debugging (code:debugging): its name starts with "de"; Code Generation (18.4%) and
//     Frontend UI only contain it (in "code"), so come after it. Usage share 0.1563 → 15.6%;
//   model deepseek/deepseek-v4-20260812: its slug starts with "de", 0.35×0.19 + 0.12×0.1563
//     = 0.085256 → at least 8.5%; before claude-opus-5.5 (0.0863, "de" inside "claude"),
//     claude-sonnet-5 (0.0654) and qwen3.5-coder (0.0296), which only contain it;
//   provider deepseek: its one model → at least 8.5%.

const LABEL = "Search tasks, models and providers";

function searchBox(page: Page) {
  return page.getByRole("search").getByRole("searchbox", { name: LABEL });
}

function firstResult(page: Page, group: "tasks" | "models" | "providers") {
  return page.getByTestId(`search-${group}`).getByRole("listitem").first();
}

async function expectFirstResults(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search: “de”");
  await expect(page.getByTestId("search-summary")).toHaveText(
    "3 tasks, 4 models and 1 provider match, in the data of 2026-11-21. Closest matches first.",
  );
  await expect(page.getByTestId("search-tasks").getByRole("link")).toHaveText([
    "Debugging",
    "Code Generation",
    "Frontend UI",
  ]);
  await expect(firstResult(page, "tasks").getByTestId("search-figure")).toHaveText("15.6%");
  await expect(page.getByTestId("search-models").getByRole("link")).toHaveText(
    [
      "deepseek/deepseek-v4-20260812",
      "anthropic/claude-opus-5.5-20260921",
      "anthropic/claude-sonnet-5-20260921",
      "qwen/qwen3.5-coder-20260820",
    ].map(shownAs),
  );
  await expect(firstResult(page, "models").getByTestId("search-figure")).toHaveText(
    "at least 8.5%",
  );
  await expect(page.getByTestId("search-providers").getByRole("link")).toHaveText(["deepseek"]);
  await expect(firstResult(page, "providers").getByTestId("search-figure")).toHaveText(
    "at least 8.5%",
  );
}

test("typing in the header's box lands on the results, first of each group, links working", async ({
  page,
}) => {
  await page.goto(`${live.url}/models`);
  await searchBox(page).fill("de");
  await searchBox(page).press("Enter");
  await expect(page).toHaveURL(`${live.url}/search?q=de`);
  await expect(page).toHaveTitle("Search: de · Task Share");
  await expectFirstResults(page);
  // The box keeps the query.
  await expect(searchBox(page)).toHaveValue("de");

  await firstResult(page, "tasks").getByRole("link").click();
  await expect(page).toHaveURL(`${live.url}/tags/code%3Adebugging`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Debugging");

  await page.goBack();
  await firstResult(page, "models").getByRole("link").click();
  await expect(page).toHaveURL(`${live.url}/models/deepseek/deepseek-v4-20260812`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DeepSeek: DeepSeek V4");

  await page.goBack();
  await firstResult(page, "providers").getByRole("link").click();
  await expect(page).toHaveURL(`${live.url}/models?provider=deepseek`);
  await expect(page.getByTestId("model-index").locator("tbody tr")).toHaveCount(1);
});

test("the search button submits too, and a model is found by its slug alone", async ({ page }) => {
  await page.goto(live.url);
  await searchBox(page).fill("Claude Opus 5.5");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`${live.url}/search?q=Claude+Opus+5.5`);
  await expect(page.getByTestId("search-models").getByRole("listitem")).toHaveCount(1);
  await expect(firstResult(page, "models")).toHaveAttribute("data-match", "exact");
  await expect(firstResult(page, "models").getByRole("link")).toHaveAttribute(
    "href",
    "/models/anthropic/claude-opus-5.5-20260921",
  );
  await expect(page.getByTestId("search-tasks")).toHaveCount(0);
});

test("/ focuses the box from anywhere but a field, and shows the hint", async ({ page }) => {
  await page.goto(`${live.url}/providers`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const box = searchBox(page);
  await expect(page.getByRole("search").locator("kbd")).toHaveText("/");
  await expect(box).toHaveAttribute("aria-keyshortcuts", "/");
  await expect(box).not.toBeFocused();

  await page.keyboard.press("/");
  await expect(box).toBeFocused();
  // Once in a field, "/" is typed like any character.
  await page.keyboard.type("x-ai/");
  await expect(box).toHaveValue("x-ai/");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/search?q=x-ai%2F`);
  await expect(firstResult(page, "providers").getByRole("link")).toHaveText("x-ai");
});

test("an empty query asks for one with examples; a query nothing matches says so", async ({
  page,
}) => {
  await page.goto(`${live.url}/search`);
  await expect(page).toHaveTitle("Search · Task Share");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  // The day's largest task, model and provider: each is found.
  const examples = page.getByRole("list", { name: "Example searches" }).getByRole("link");
  await expect(examples).toHaveText(["Roleplay & Fiction", "gpt-6-astra", "openai"]);
  await examples.nth(1).click();
  await expect(page).toHaveURL(`${live.url}/search?q=gpt-6-astra`);
  await expect(firstResult(page, "models").getByRole("link")).toHaveText(
    shownAs("openai/gpt-6-astra-20260903"),
  );

  await page.goto(`${live.url}/search?q=${encodeURIComponent("   ")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");

  await page.goto(`${live.url}/search?q=zebra`);
  await expect(page.getByTestId("search-summary")).toHaveText(
    "No task, model or provider matches “zebra” in the data of 2026-11-21.",
  );
  await expect(page.getByTestId("search-results")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Example searches" })).toBeVisible();
});

test("a query with HTML and script in it is shown as text, never run", async ({ page }) => {
  const hostile = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
  const response = await page.goto(`${live.url}/search?q=${encodeURIComponent(hostile)}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Search: “${hostile}”`);
  await expect(page.getByTestId("search-summary")).toContainText(hostile);
  await expect(searchBox(page)).toHaveValue(hostile);
  await expect(page.locator("main img, main script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.title()).toBe(`Search: ${hostile} · Task Share`);
});

test("a very long query is cut to 100 characters", async ({ page }) => {
  await page.goto(`${live.url}/search?q=${"d".repeat(3000)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Search: “${"d".repeat(100)}”`);
  await expect(searchBox(page)).toHaveAttribute("maxlength", "100");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the box is a plain form: typing and Enter show the results", async ({ page }) => {
    await page.goto(live.url);
    await expect(page.getByRole("search").locator("kbd")).toHaveCount(0);
    await searchBox(page).fill("de");
    await searchBox(page).press("Enter");
    await expect(page).toHaveURL(`${live.url}/search?q=de`);
    await expectFirstResults(page);
  });

  test("a pinned day stays pinned: the results and their links are that day's", async ({
    page,
  }) => {
    await page.goto(`${history.url}/models?as_of=2026-11-18`);
    await expect(page.getByRole("search").locator('input[type="hidden"]')).toHaveAttribute(
      "name",
      "as_of",
    );
    await searchBox(page).fill("debug");
    await searchBox(page).press("Enter");
    await expect(page).toHaveURL(`${history.url}/search?q=debug&as_of=2026-11-18`);
    await expect(page).toHaveTitle("Search: debug on 2026-11-18 · Task Share");
    await expect(page.getByTestId("search-summary")).toContainText("in the data of 2026-11-18");
    await expect(firstResult(page, "tasks").getByRole("link")).toHaveAttribute(
      "href",
      "/tags/code%3Adebugging?as_of=2026-11-18",
    );
    // The latest day's box carries no date.
    await page.goto(`${history.url}/search?q=debug`);
    await expect(page.getByRole("search").locator('input[type="hidden"]')).toHaveCount(0);
  });
});
