import { expect, test } from "@playwright/test";

import { catalogueName, shownAs } from "../support/fake-catalogue";
import { readFixture } from "../support/fake-upstream";
import { edge } from "./servers";

// The edge server serves tests/fixtures/upstream-edge-models.json: model ids with HTML, a CSV
// formula, "..", "%", spaces, "?" and "#", non-Latin text, no provider, "__proto__", and one
// very long id. Each must show as inert text and its link must reach its own profile. The
// catalogue fixture names acme/coder-a with HTML too: a catalogue string is as untrusted.

type FixtureTag = { tag: string; models: { id: string }[] };

const TAGS: FixtureTag[] = JSON.parse(readFixture("upstream-edge-models.json")).data
  .classifications;
const IDS = [...new Set(TAGS.flatMap((tag) => tag.models.map((model) => model.id)))];

// What a path may hold once every segment is percent-encoded (RFC 3986 pchar and "/").
const ENCODED_PATH = /^\/models\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]+$/;

test("the index shows every hostile id as plain text, and nothing runs", async ({ page }) => {
  await page.goto(`${edge.url}/models`);
  const rows = page.getByTestId("model-index").locator("tbody tr");
  await expect(rows).toHaveCount(IDS.length);
  const shown = await rows.locator("th").allTextContents();
  expect(new Set(shown)).toEqual(new Set(IDS.map(shownAs)));
  expect(catalogueName("acme/coder-a-20260101")).toContain("<img");
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => "__xss" in window || "__catalogueXss" in window)).toBe(false);
  await expect(page.getByRole("link", { name: "(no provider)" }).first()).toBeVisible();
});

for (const id of IDS) {
  test(`${id.slice(0, 60)}: its encoded link reaches its own profile and API answer`, async ({
    page,
    request,
  }) => {
    await page.goto(`${edge.url}/models`);
    const links = await page
      .getByTestId("model-index")
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => ({
          id: row.getAttribute("data-model"),
          href: row.querySelector("th a")?.getAttribute("href"),
        })),
      );
    const href = links.find((link) => link.id === id)?.href;
    expect(href).toMatch(ENCODED_PATH);
    const response = await page.goto(`${edge.url}${href}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalogueName(id) ?? id);
    const api = await request.get(`${edge.url}/api${href}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).model.id).toBe(id);
    expect(await page.evaluate(() => "__xss" in window || "__catalogueXss" in window)).toBe(false);
  });
}

test("clicking a hostile id opens its profile (client-side navigation)", async ({ page }) => {
  // Four navigations: more than the default budget on a busy machine.
  test.setTimeout(60_000);
  await page.goto(`${edge.url}/tags/code%3Ageneral_impl`);
  const evil = '<img src=x onerror="window.__xss=1">/evil-20260101';
  await page.getByTestId("model-table").getByRole("link", { name: evil }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(evil);
  await expect(page.getByTestId("model-stats").locator("dd.text-2xl").first()).toHaveText(
    "at least 4.0%", // 0.1 × 0.4
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  for (const id of ["vendor/../../etc/passwd", "vendor/a?b#c", "vendor/100% pure model"]) {
    await page.goto(`${edge.url}/models`);
    await page.getByTestId("model-index").getByRole("link", { name: id, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(id);
  }
  expect(await page.evaluate(() => "__xss" in window)).toBe(false);
});

test("a provider's models are summed within a task, hostile providers shown as text", async ({
  page,
}) => {
  await page.goto(`${edge.url}/tags/code%3Ageneral_impl`);
  const rows = page.getByTestId("provider-split-table").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  // acme: coder-a 0.3/0.35 + coder-b 0.2/0.15 = 0.5/0.5
  await expect(rows.nth(0).locator("th li")).toHaveText([
    shownAs("acme/coder-a-20260101"),
    shownAs("acme/coder-b-20260101"),
  ]);
  await expect(rows.nth(0).locator("td")).toHaveText(["50.0%", "50.0%"]);
  await expect(rows.nth(1)).toHaveAttribute(
    "data-provider",
    '<img src=x onerror="window.__xss=1">',
  );
  await expect(rows.nth(1).locator("th a").first()).toHaveText(
    '<img src=x onerror="window.__xss=1">',
  );
  await expect(rows.nth(1).locator("td")).toHaveText(["10.0%", "10.0%"]);
  await expect(rows.nth(2).locator("td")).toHaveText(["40.0%", "40.0%"]);
});

test("a CSV formula id stays text on the page and unchanged in the API", async ({
  page,
  request,
}) => {
  const id = '=HYPERLINK("http://evil.example","x")/formula';
  await page.goto(`${edge.url}/models`);
  const link = page.getByTestId("model-index").getByRole("link", { name: id });
  await expect(link).toHaveText(id);
  const href = await link.getAttribute("href");
  expect(href).toBe("/models/%3DHYPERLINK(%22http%3A%2F%2Fevil.example%22%2C%22x%22)%2Fformula");
  const body = await (await request.get(`${edge.url}/api/models`)).json();
  expect(body.models.map((model: { id: string }) => model.id)).toContain(id);
});

test("a very long id wraps on a phone instead of widening the page", async ({ page }) => {
  const id = IDS.find((candidate) => candidate.length > 300);
  expect(id).toBeDefined();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/models", `/models/${id}`]) {
    await page.goto(`${edge.url}${path}`);
    await expect(page.getByTestId("citation")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(id ?? "");
});

test("the providers page names hostile and missing providers as text", async ({ page }) => {
  await page.goto(`${edge.url}/providers`);
  const totals = page.getByTestId("provider-totals-table");
  await expect(totals.locator('tr[data-provider="__proto__"] th')).toHaveText("__proto__");
  await expect(totals.locator('tr[data-provider=""] th')).toHaveText("(no provider)");
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => "__xss" in window)).toBe(false);
});
