import { expect, test, type Page } from "@playwright/test";

import { shownAs, waitForCatalogue } from "../support/fake-catalogue";
import { readFixture } from "../support/fake-upstream";
import { live } from "./servers";

// The live server serves tests/fixtures/upstream-2026-11-21.json. Expected figures are worked
// out by hand from the fixture's shares: contribution = within-tag share × the tag's share.

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";
const ASTRA = "openai/gpt-6-astra-20260903";
// The catalogue fixture's name of ASTRA (tests/fixtures/catalogue.json).
const ASTRA_NAME = "OpenAI: GPT-6 Astra";

type FixtureTag = { tag: string; models: { id: string }[] };

function fixtureTags(): FixtureTag[] {
  return JSON.parse(readFixture("upstream-2026-11-21.json")).data.classifications;
}

function profileRows(page: Page) {
  return page.getByTestId("model-tags-table").locator("tbody tr");
}

test("a model profile shows its estimated shares, lower bounds said plainly", async ({ page }) => {
  const response = await page.goto(`${live.url}/models/${ASTRA}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${ASTRA_NAME} (${ASTRA}) · Task Share`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ASTRA_NAME);
  await expect(page.getByTestId("model-slug")).toHaveText(ASTRA);

  const stats = page.getByTestId("model-stats");
  await expect(stats.locator("dt")).toHaveText([
    "Est. share of requests",
    "Est. share of tokens",
    "Tasks",
    "Top task",
  ]);
  // requests: 0.25×0.1563 + 0.4×0.08 + 0.171×0.1842 + 0.3×0.092 + 0.3×0.065 + 0.45×0.041
  //         = 0.1681232; tokens: 0.22×0.1907 + 0.45×0.045 + 0.158×0.2611 + 0.28×0.07
  //         + 0.25×0.04 + 0.4×0.0312 = 0.1455378
  await expect(stats.locator("dd.text-2xl")).toHaveText([
    "at least 16.8%",
    "at least 14.6%",
    "6 of 10",
    "Debugging",
  ]);
  // Debugging's 0.039075 of the 0.1681232 counted.
  await expect(stats).toContainText("23.2% of its counted requests");

  // The reason for "at least" is in the page text, on hover (title) and on keyboard focus.
  await expect(page.getByTestId("estimate-explainer")).toContainText(
    "every estimate is a lower bound",
  );
  await expect(stats.locator("[data-lower-bound]").first()).toHaveAttribute(
    "title",
    /not counted, so the true share can only be higher/,
  );
  const why = stats.getByRole("button", { name: "Why “at least”?" });
  const tip = page.locator("#model-estimate-info");
  await expect(tip).toBeHidden();
  await why.focus();
  await expect(tip).toBeVisible();
  await expect(why).toHaveAccessibleDescription(/traffic a model serves in tasks where it is not/);

  await expect(page.getByTestId("citation")).toHaveText(CITATION);
});

test("on a 320 px phone the headline figures stay whole and inside their cards", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${live.url}/models/${ASTRA}`);
  const figures = page.getByTestId("model-stats").locator("dd.text-2xl");
  await expect(figures).toHaveText(["at least 16.8%", "at least 14.6%", "6 of 10", "Debugging"]);
  const layout = await figures.evaluateAll((lines) =>
    lines.map((line) => {
      const box = line.getBoundingClientRect();
      const contentRight = Math.max(
        ...[...line.children].map((child) => child.getBoundingClientRect().right),
      );
      return {
        lines: Math.round(box.height / parseFloat(getComputedStyle(line).lineHeight)),
        // Within half a pixel: boxes are laid out in fractions of a pixel.
        overflows: contentRight > box.right + 0.5,
      };
    }),
  );
  expect(layout).toEqual(Array(4).fill({ lines: 1, overflows: false }));
});

test("a model profile lists exactly its tags with exact shares, contributions and mix", async ({
  page,
}) => {
  await page.goto(`${live.url}/models/${ASTRA}`);
  const rows = profileRows(page);
  await expect(rows).toHaveCount(6);
  // Columns: rank; within-tag requests, tokens; contribution to all requests, tokens; mix.
  // Contributions: 0.25×0.1563 = 0.039075 and 0.22×0.1907 = 0.041954 (Debugging), …
  // Mix: contribution ÷ 0.1681232 (requests) or ÷ 0.1455378 (tokens). 0.3×0.065 is 0.0195,
  // shown as 2.0%; 0.45×0.045 = 0.02025 as 2.0%.
  const expected = [
    ["Debugging", "Code", "#2 of 4", "25.0%", "22.0%", "3.9%", "4.2%", "23.2%", "28.8%"],
    ["Translation", "General", "#2 of 2", "40.0%", "45.0%", "3.2%", "2.0%", "19.0%", "13.9%"],
    ["Code Generation", "Code", "#2 of 3", "17.1%", "15.8%", "3.1%", "4.1%", "18.7%", "28.3%"],
    ["Web Search", "Agent", "#1 of 3", "30.0%", "28.0%", "2.8%", "2.0%", "16.4%", "13.5%"],
    ["Tool Dispatch", "Agent", "#2 of 4", "30.0%", "25.0%", "2.0%", "1.0%", "11.6%", "6.9%"],
    ["Data Extraction", "Data", "#1 of 1", "45.0%", "40.0%", "1.8%", "1.2%", "11.0%", "8.6%"],
  ];
  for (const [index, [name, macro, ...cells]] of expected.entries()) {
    const row = rows.nth(index);
    await expect(row.locator("th a")).toHaveText(name ?? "");
    await expect(row.locator("th")).toContainText(macro ?? "");
    await expect(row.locator("td")).toHaveText(cells);
  }

  // The chart draws the same six tasks, two bars each, coloured by macro-category.
  const bars = page.getByTestId("mix-bars");
  await expect(bars.locator("rect[data-bar]")).toHaveCount(12);
  await expect(bars.locator("text[data-row-label]")).toHaveText(
    expected.map(([name]) => name ?? ""),
  );
  await expect(bars).toHaveAccessibleName(/task mix of openai\/gpt-6-astra-20260903/);

  await rows.nth(0).getByRole("link", { name: "Debugging" }).click();
  await expect(page).toHaveURL(`${live.url}/tags/code%3Adebugging`);
});

const FIXTURE_IDS = [...new Set(fixtureTags().flatMap((tag) => tag.models.map((m) => m.id)))];

for (const id of FIXTURE_IDS) {
  test(`the profile of ${id} lists exactly the tags whose fixture top list names it`, async ({
    page,
  }) => {
    await page.goto(`${live.url}/models/${id}`);
    const listed = await profileRows(page).evaluateAll((rows) =>
      rows.map((row) => row.getAttribute("data-tag") ?? ""),
    );
    const expected = fixtureTags()
      .filter((tag) => tag.models.some((model) => model.id === id))
      .map((tag) => tag.tag);
    expect(listed.sort()).toEqual(expected.sort());
  });
}

test("the models index lists every model with its estimates and links to profiles", async ({
  page,
}) => {
  await page.goto(`${live.url}/models`);
  await expect(page).toHaveTitle("Models · Task Share");
  const rows = page.getByTestId("model-index").locator("tbody tr");
  await expect(rows).toHaveCount(14);
  const ids = await rows.evaluateAll((list) =>
    list.map((row) => row.getAttribute("data-model") ?? ""),
  );
  expect(FIXTURE_IDS).toHaveLength(14);
  expect(new Set(ids)).toEqual(new Set(FIXTURE_IDS));

  await expect(rows.nth(0).locator("th, td")).toHaveText([
    shownAs(ASTRA),
    "openai",
    "Closed",
    "6",
    "at least 16.8%",
    "at least 14.6%",
    "Debugging",
  ]);
  // anthropic/claude-opus: 0.214×0.1842 + 0.3×0.1563 = 0.0863088; tokens
  // 0.263×0.2611 + 0.34×0.1907 = 0.1335073; most of its requests come from Debugging.
  await expect(rows.nth(1).locator("th, td")).toHaveText([
    shownAs("anthropic/claude-opus-5.5-20260921"),
    "anthropic",
    "Closed",
    "2",
    "at least 8.6%",
    "at least 13.4%",
    "Debugging",
  ]);
  // Listed models together: 0.6665826 of requests, 0.6308702 of tokens.
  await expect(page.getByTestId("models-summary")).toContainText(
    "14 models from 11 providers appear in the top lists of 9 of 10 tasks. Together they account for at least 66.7% of classified requests and at least 63.1% of tokens.",
  );

  await rows.nth(1).getByRole("link", { name: "anthropic/claude-opus-5.5-20260921" }).click();
  await expect(page).toHaveURL(`${live.url}/models/anthropic/claude-opus-5.5-20260921`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anthropic: Claude Opus 5.5");
});

test("the index filters by provider and sorts by keyboard, all in the URL", async ({ page }) => {
  await page.goto(`${live.url}/models`);
  const rows = page.getByTestId("model-index").locator("tbody tr");

  const openai = page
    .getByRole("navigation", { name: "Filter models by provider" })
    .getByRole("link", { name: "openai" });
  await openai.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/models?provider=openai`);
  await expect(rows).toHaveCount(2);
  await expect(openai).toHaveAttribute("aria-current", "true");

  const byTokens = page
    .getByRole("navigation", { name: "Sort models" })
    .getByRole("link", { name: "Est. tokens" });
  await byTokens.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/models?provider=openai&sort=tokens`);
  await expect(page.locator("th[aria-sort]")).toHaveText("Est. tokens ↓");

  await page.goto(`${live.url}/models?sort=name`);
  await expect(rows.first()).toHaveAttribute("data-model", "anthropic/claude-opus-5.5-20260921");
  await expect(rows.last()).toHaveAttribute("data-model", "z-ai/glm-5-20260915");

  await page.goto(`${live.url}/models?sort=tokens`);
  // tokens: astra 0.1455378, opus 0.1335073, sonnet 0.42×0.142 + 0.4×0.04 = 0.07564
  expect(
    await rows.evaluateAll((list) => list.slice(0, 3).map((row) => row.getAttribute("data-model"))),
  ).toEqual([ASTRA, "anthropic/claude-opus-5.5-20260921", "anthropic/claude-sonnet-5-20260921"]);
});

test("unknown index settings fall back visibly", async ({ page }) => {
  const response = await page.goto(`${live.url}/models?provider=nobody&sort=size`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveText(
    "Ignored unknown view settings provider=nobody, sort=size; showing the default instead.",
  );
  await expect(page.getByTestId("model-index").locator("tbody tr")).toHaveCount(14);
});

test("an unknown model is the project's 404, as a page and as JSON", async ({ page, request }) => {
  const response = await page.goto(`${live.url}/models/openai/gpt-unknown-20260101`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByTestId("citation")).toHaveText(CITATION);

  for (const path of ["openai/gpt-unknown-20260101", "openai", "__proto__"]) {
    const api = await request.get(`${live.url}/api/models/${path}`);
    expect(api.status(), path).toBe(404);
    expect(await api.json()).toEqual({
      error: {
        code: 404,
        message: "No such model: no task's top list names it in the data as of 2026-11-21.",
      },
    });
  }
});

test("drill-down model ids link to their profiles", async ({ page }) => {
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  const links = page.getByTestId("model-table").getByRole("link");
  await expect(links).toHaveText([
    shownAs("anthropic/claude-opus-5.5-20260921"),
    shownAs("openai/gpt-6-astra-20260903"),
    shownAs("qwen/qwen3.5-coder-20260820"),
  ]);
  expect(await links.evaluateAll((list) => list.map((link) => link.getAttribute("href")))).toEqual([
    "/models/anthropic/claude-opus-5.5-20260921",
    "/models/openai/gpt-6-astra-20260903",
    "/models/qwen/qwen3.5-coder-20260820",
  ]);
  await links.nth(1).click();
  await expect(page).toHaveURL(`${live.url}/models/${ASTRA}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ASTRA_NAME);
});

test("the drill-down splits the task by provider exactly as the fixture lists it", async ({
  page,
}) => {
  await page.goto(`${live.url}/tags/code%3Adebugging`);
  const rows = page.getByTestId("provider-split-table").locator("tbody tr");
  // Fixture: anthropic 0.3/0.34, openai 0.25/0.22, deepseek 0.12/0.11, qwen 0.08/0.07; the rest
  // 1 − 0.75 = 0.25 of requests and 1 − 0.74 = 0.26 of tokens.
  const expected = [
    ["anthropic", "anthropic/claude-opus-5.5-20260921", "30.0%", "34.0%"],
    ["openai", "openai/gpt-6-astra-20260903", "25.0%", "22.0%"],
    ["deepseek", "deepseek/deepseek-v4-20260812", "12.0%", "11.0%"],
    ["qwen", "qwen/qwen3.5-coder-20260820", "8.0%", "7.0%"],
  ];
  await expect(rows).toHaveCount(5);
  for (const [index, [provider, model, usage, tokens]] of expected.entries()) {
    const row = rows.nth(index);
    await expect(row).toHaveAttribute("data-provider", provider ?? "");
    await expect(row.locator("th li")).toHaveText([shownAs(model ?? "")]);
    await expect(row.locator("td")).toHaveText([usage ?? "", tokens ?? ""]);
  }
  await expect(rows.nth(4).locator("td")).toHaveText(["25.0%", "26.0%"]);
  await expect(rows.nth(4).locator("th")).toContainText("Other models");

  // Two stacked bars (requests, tokens) of four providers and the remainder each.
  const bars = page.getByTestId("provider-split-bars");
  await expect(bars.locator("rect[data-bar]")).toHaveCount(10);
  // Named as the catalogue names them (the site's names, not the ids), each in its own colour.
  await waitForCatalogue(live.url);
  await page.reload();
  await expect(page.getByTestId("provider-legend").getByRole("listitem")).toHaveText([
    "OpenAI",
    "Anthropic",
    "DeepSeek",
    "Qwen",
    "Other models",
  ]);
});

test("a task with no models says it cannot be split by provider", async ({ page }) => {
  await page.goto(`${live.url}/tags/summarization`);
  await expect(page.getByTestId("no-provider-split")).toHaveText(
    "With no models listed, this task’s traffic cannot be split by provider.",
  );
});

test("the providers page splits every task and sums providers overall and per category", async ({
  page,
}) => {
  await page.goto(`${live.url}/providers`);
  await expect(page).toHaveTitle("Providers · Task Share");

  const tagRows = page.getByTestId("tag-providers-table").locator("tbody tr");
  await expect(tagRows).toHaveCount(10);
  const general = page.locator('tr[data-tag="code:general_impl"]');
  await expect(general.locator("td").first()).toHaveText("anthropic21.4%");
  await expect(general.getByTestId("split-list").getByRole("listitem")).toHaveText([
    "anthropic 21.4%",
    "openai 17.1%",
    "qwen 9.3%",
    "other models 52.2%",
  ]);
  await expect(page.locator('tr[data-tag="summarization"] td')).toHaveText([
    "no models listed",
    "other models 100.0%",
  ]);
  await expect(page.getByTestId("tag-provider-bars").locator("text[data-row-label]")).toHaveText([
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

  const totals = page.getByTestId("provider-totals-table");
  await expect(totals.locator("thead th")).toHaveText([
    "Provider",
    "Models",
    "Tasks",
    "Overall",
    "In Code",
    "In Data",
    "In Agent",
    "In General",
    "In Media",
  ]);
  // openai overall 0.1681232 + 0.0155 = 0.1836232; in Code 0.171×0.412 + 0.25×0.3496 =
  // 0.157852; in Data 0.45×1.0; in Agent 0.3×0.586 + 0.3×0.414 = 0.3; in General
  // 0.05×0.5848 + 0.4×0.2462 = 0.12772; in Media 0.2×1.0.
  await expect(totals.locator('tr[data-provider="openai"] td')).toHaveText([
    "2",
    "8",
    "at least 18.4%",
    "at least 15.8%",
    "at least 45.0%",
    "at least 30.0%",
    "at least 12.8%",
    "at least 20.0%",
  ]);
  await expect(totals.locator('tr[data-provider="x-ai"] td')).toHaveText([
    "1",
    "1",
    "at least 1.4%",
    "–",
    "–",
    "at least 8.8%", // 0.15 × 0.586 = 0.0879
    "–",
    "–",
  ]);
  // The rest: 1 − 0.6665826 overall; Code 1 − 0.602176; Data 1 − 0.45; …
  await expect(totals.locator('tr[data-provider="other-models"] td')).toHaveText([
    "",
    "",
    "33.3%",
    "39.8%",
    "55.0%",
    "25.9%",
    "25.7%",
    "30.0%",
  ]);
  // All tasks plus five macro-categories, one stacked bar each.
  await expect(page.getByTestId("provider-totals-bars").locator("text[data-row-label]")).toHaveText(
    ["All tasks", "Code", "Data", "Agent", "General", "Media"],
  );
});

test("the providers page measures by tokens from the URL", async ({ page }) => {
  await page.goto(`${live.url}/providers`);
  await page
    .getByRole("navigation", { name: "Measure providers by" })
    .getByRole("link", {
      name: "Tokens",
    })
    .click();
  await expect(page).toHaveURL(`${live.url}/providers?metric=tokens`);
  // By tokens anthropic leads: 0.1335073 + 0.07564 = 0.2091473 against openai's 0.1559378.
  const first = page.getByTestId("provider-totals-table").locator("tbody tr").first();
  await expect(first).toHaveAttribute("data-provider", "anthropic");
  await expect(first.locator("td").nth(2)).toHaveText("at least 20.9%");
  await expect(page.locator('tr[data-tag="code:general_impl"] td').first()).toHaveText(
    "anthropic26.3%",
  );
});

test("the site navigation marks where you are and works by keyboard", async ({ page }) => {
  await page.goto(`${live.url}/`);
  const nav = page.getByRole("navigation", { name: "Site" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Models" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/models`);
  await expect(nav.getByRole("link", { name: "Models" })).toHaveAttribute("aria-current", "page");

  await page.goto(`${live.url}/models/${ASTRA}`);
  await expect(nav.getByRole("link", { name: "Models" })).toHaveAttribute("aria-current", "true");
  await page.goto(`${live.url}/providers`);
  await expect(nav.getByRole("link", { name: "Providers" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("without JavaScript the profile's numbers and links are all there", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${live.url}/models/${ASTRA}`);
  await expect(page.getByTestId("model-stats").locator("dd.text-2xl").first()).toHaveText(
    "at least 16.8%",
  );
  await expect(profileRows(page)).toHaveCount(6);
  await expect(page.getByTestId("citation")).toHaveText(CITATION);
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "openai" })
    .click();
  await expect(page).toHaveURL(`${live.url}/models?provider=openai`);
  await expect(page.getByTestId("model-index").locator("tbody tr")).toHaveCount(2);
  await context.close();
});

test("GET /api/models returns every model's estimates as raw fractions", async ({ request }) => {
  const response = await request.get(`${live.url}/api/models`);
  expect(response.status()).toBe(200);
  // The latest day: kept by caches for one refresh window (the live server's is 900 s).
  expect(response.headers()["cache-control"]).toBe(
    "public, max-age=900, stale-while-revalidate=900",
  );
  const body = await response.json();
  expect(Object.keys(body)).toEqual(["as_of", "citation", "source", "note", "catalogue", "models"]);
  expect(body.as_of).toBe("2026-11-21");
  expect(body.citation).toBe(CITATION);
  expect(body.source).toBe("live");
  expect(body.note).toContain("the true share can only be higher");
  expect(body.models).toHaveLength(14);

  const astra = body.models[0];
  expect(Object.keys(astra)).toEqual([
    "id",
    "name",
    "open_weights",
    "created",
    "catalogue_id",
    "provider",
    "est_usage_share",
    "est_token_share",
    "tags",
  ]);
  expect(astra.id).toBe(ASTRA);
  expect(astra.provider).toBe("openai");
  expect(astra.est_usage_share).toBeCloseTo(0.1681232, 12);
  expect(astra.est_token_share).toBeCloseTo(0.1455378, 12);
  expect(astra.tags).toHaveLength(6);
  expect(astra.tags[0]).toEqual({
    tag: "code:debugging",
    rank: 2,
    tag_usage_share: 0.25,
    tag_token_share: 0.22,
    usage_contribution: expect.closeTo(0.039075, 12),
    token_contribution: expect.closeTo(0.041954, 12),
  });
});

test("GET /api/models/{id} answers for one model, its id as the path", async ({ request }) => {
  const response = await request.get(`${live.url}/api/models/x-ai/grok-5-20260930`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.model).toEqual({
    id: "x-ai/grok-5-20260930",
    // The catalogue fixture gives grok-5 an empty hugging_face_id: closed.
    name: "xAI: Grok 5",
    open_weights: false,
    created: "2026-09-30T00:00:00.000Z",
    catalogue_id: "x-ai/grok-5",
    provider: "x-ai",
    est_usage_share: expect.closeTo(0.0138, 12), // 0.15 × 0.092
    est_token_share: expect.closeTo(0.0119, 12), // 0.17 × 0.07
    tags: [
      {
        tag: "agent:web_search",
        rank: 3,
        tag_usage_share: 0.15,
        tag_token_share: 0.17,
        usage_contribution: expect.closeTo(0.0138, 12),
        token_contribution: expect.closeTo(0.0119, 12),
      },
    ],
    versions: [
      { id: "x-ai/grok-5-20260930", created: "2026-09-30T00:00:00.000Z", added_on: "2026-09-30" },
    ],
  });
  expect(body.citation).toBe(CITATION);
});
