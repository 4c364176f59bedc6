import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { history } from "./servers";

// Every page and API answer pinned with ?as_of= to an earlier stored day shows and cites that
// day, and the links a pinned page renders keep the pin. The history server stores 2026-11-14,
// -15, -16, -18 and -21 (see global-setup.ts); the latest is 2026-11-21.

const DAY = "2026-11-18";
const LATEST = "2026-11-21";
const MODEL = "anthropic/claude-opus-5.5-20260921";
const citation = (asOf: string) => `Source: OpenRouter (openrouter.ai/rankings), as of ${asOf}.`;

type RawTag = {
  usage_share: number;
  token_share: number;
  models: { id: string; tag_usage_share: number; tag_token_share: number }[];
};

function rawDay(asOf: string): RawTag[] {
  const file =
    asOf === LATEST ? ["upstream-2026-11-21.json"] : ["history", `upstream-${asOf}.json`];
  const text = readFileSync(path.join(__dirname, "..", "fixtures", ...file), "utf8");
  return JSON.parse(text).data.classifications;
}

/** The model's estimated share of all classified requests, summed from the day's raw figures. */
function estUsageShare(asOf: string, model: string): number {
  return rawDay(asOf).reduce((sum, tag) => {
    const listed = tag.models.find((item) => item.id === model);
    return sum + (listed ? tag.usage_share * listed.tag_usage_share : 0);
  }, 0);
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

test.describe.configure({ timeout: 60_000 });

const PAGES = [
  "/",
  "/tags/code%3Ageneral_impl",
  "/embed",
  "/embed/tags/code%3Ageneral_impl",
  "/models",
  `/models/${MODEL}`,
  "/providers",
  "/changes",
];

for (const pagePath of PAGES) {
  test(`${pagePath} pinned to an earlier day shows and cites that day`, async ({ page }) => {
    const response = await page.goto(`${history.url}${pagePath}?as_of=${DAY}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("as-of")).toHaveText(DAY);
    await expect(page.getByTestId("citation")).toHaveText(citation(DAY));
    await expect(page).toHaveTitle(pagePath.startsWith("/embed") ? /embed/ : new RegExp(DAY));
  });
}

test("the models index and a model profile show the pinned day's figures, and keep the pin", async ({
  page,
}) => {
  const pinned = percent(estUsageShare(DAY, MODEL));
  const latest = percent(estUsageShare(LATEST, MODEL));
  expect(pinned).not.toBe(latest);

  await page.goto(`${history.url}/models?as_of=${DAY}`);
  const nav = page.getByRole("navigation", { name: "Site" }).getByRole("link");
  expect(await nav.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
    `/?as_of=${DAY}`,
    `/changes?as_of=${DAY}`,
    `/models?as_of=${DAY}`,
    `/providers?as_of=${DAY}`,
    // The long-run trends, the apps and the session costs are no day's figures: not pinned.
    "/trends",
    "/apps",
    "/costs",
  ]);
  const row = page.locator("tr", { has: page.getByRole("link", { name: MODEL }) });
  await expect(row).toContainText(pinned);
  await row.getByRole("link", { name: MODEL }).click();
  await expect(page).toHaveURL(`${history.url}/models/${MODEL}?as_of=${DAY}`);
  await expect(page.getByTestId("model-stats")).toContainText(pinned);
  await expect(page.getByTestId("citation")).toHaveText(citation(DAY));

  await page.goto(`${history.url}/models/${MODEL}`);
  await expect(page.getByTestId("model-stats")).toContainText(latest);
  await expect(page.getByTestId("citation")).toHaveText(citation(LATEST));
});

test("pinned section pages preview their own day, not the latest", async ({ page }) => {
  for (const pagePath of ["/models", "/providers", `/models/${MODEL}`]) {
    await page.goto(`${history.url}${pagePath}?as_of=${DAY}`);
    await expect(page.locator("meta[property='og:image']")).toHaveAttribute(
      "content",
      `${history.url}/preview?as_of=${DAY}`,
    );
  }
});

test("the providers page keeps the pin in its links to models and tasks", async ({ page }) => {
  await page.goto(`${history.url}/providers?as_of=${DAY}`);
  const main = page.locator("main");
  const modelsLinks = main.locator('a[href^="/models?"]');
  const taskLinks = main.locator('a[href^="/tags/"]');
  expect(await modelsLinks.count()).toBeGreaterThan(0);
  expect(await taskLinks.count()).toBeGreaterThan(0);
  for (const href of [
    ...(await modelsLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))),
    ...(await taskLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))),
  ]) {
    expect(href).toContain(`as_of=${DAY}`);
  }
});

test("/api/models and /api/models/{id} answer for the pinned day, exactly", async ({ request }) => {
  const all = await (await request.get(`${history.url}/api/models?as_of=${DAY}`)).json();
  expect(all.as_of).toBe(DAY);
  expect(all.citation).toBe(citation(DAY));
  const listed = all.models.find((model: { id: string }) => model.id === MODEL);
  expect(listed.est_usage_share).toBeCloseTo(estUsageShare(DAY, MODEL), 12);

  const one = await (await request.get(`${history.url}/api/models/${MODEL}?as_of=${DAY}`)).json();
  expect(one.as_of).toBe(DAY);
  expect(one.model.est_usage_share).toBeCloseTo(estUsageShare(DAY, MODEL), 12);

  const latest = await (await request.get(`${history.url}/api/models/${MODEL}`)).json();
  expect(latest.as_of).toBe(LATEST);
  expect(latest.model.est_usage_share).toBeCloseTo(estUsageShare(LATEST, MODEL), 12);
});

test("every API route answers an unknown day with one 404 and a malformed one with a 400", async ({
  request,
}) => {
  const missing = {
    error: {
      code: 404,
      message: "No snapshot is stored for 2026-11-17.",
      nearest_dates: ["2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"],
    },
  };
  for (const route of [
    "/api/classifications?",
    "/api/models?",
    `/api/models/${MODEL}?`,
    "/api/history?tag=code%3Ageneral_impl&",
    "/preview?",
    "/tags/code%3Ageneral_impl/preview?",
  ]) {
    const unknown = await request.get(`${history.url}${route}as_of=2026-11-17`);
    expect(unknown.status(), route).toBe(404);
    expect(await unknown.json(), route).toEqual(missing);
  }
  for (const route of ["/api/classifications?", "/api/models?", `/api/models/${MODEL}?`]) {
    const bad = await request.get(`${history.url}${route}as_of=2026-11-31`);
    expect(bad.status(), route).toBe(400);
    expect((await bad.json()).error.message).toBe(
      'as_of must be a date as YYYY-MM-DD, not "2026-11-31".',
    );
  }
});

test("a pinned page's unknown day is the 404 page with the nearest days, on every page", async ({
  page,
}) => {
  for (const pagePath of ["/models", "/providers", `/models/${MODEL}`]) {
    const response = await page.goto(`${history.url}${pagePath}?as_of=2026-11-20`);
    expect(response?.status(), pagePath).toBe(404);
    await expect(page.getByTestId("nearest-dates").getByRole("link")).toHaveText([
      "2026-11-16",
      "2026-11-18",
      "2026-11-21",
    ]);
  }
});
