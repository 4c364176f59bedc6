import { expect, test } from "@playwright/test";

import { sample } from "./servers";

// The sample server runs with no OPENROUTER_API_KEY: what a newcomer sees first.

test("with no key the dashboard serves the bundled sample, clearly labelled", async ({ page }) => {
  await page.goto(sample.url);
  await expect(page.getByTestId("data-status")).toContainText("Sample data");
  await expect(page.getByRole("note")).toContainText(
    "Sample data. No OpenRouter API key is configured",
  );
  await expect(page.getByTestId("tag-table").locator("tbody tr")).toHaveCount(30);
  await expect(page.getByTestId("macro-donut-usage").locator("path[data-slice]")).toHaveCount(4);
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
  );
});

test("sample drill-downs include a tag with no models", async ({ page }) => {
  await page.goto(`${sample.url}/tags/image_prompting`);
  await expect(page.getByTestId("no-models")).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Sample data.");
});

test("the sample API says it is sample data", async ({ request }) => {
  const body = await (await request.get(`${sample.url}/api/classifications`)).json();
  expect(body.source).toBe("sample");
  expect(body.data.classifications).toHaveLength(30);
  expect(body.data.macro_categories.map((macro: { key: string }) => macro.key)).toEqual([
    "code",
    "data",
    "agent",
    "general",
  ]);
});

test("the model and provider views work on the bundled sample", async ({ page, request }) => {
  await page.goto(`${sample.url}/models`);
  await expect(page.getByRole("note")).toContainText("Sample data.");
  const rows = page.getByTestId("model-index").locator("tbody tr");
  await expect(rows).toHaveCount(14);
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.",
  );

  const body = await (await request.get(`${sample.url}/api/models`)).json();
  expect(body.source).toBe("sample");
  expect(body.models).toHaveLength(14);

  await rows.first().locator("th a").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(body.models[0].id);
  await expect(page.getByTestId("model-tags-table").locator("tbody tr")).toHaveCount(
    body.models[0].tags.length,
  );

  await page.goto(`${sample.url}/providers`);
  await expect(page.getByTestId("tag-providers-table").locator("tbody tr")).toHaveCount(30);
  await expect(page.locator('tr[data-tag="image_prompting"] td').first()).toHaveText(
    "no models listed",
  );
});
