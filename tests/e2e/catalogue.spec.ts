import { expect, test } from "@playwright/test";
import Papa from "papaparse";

import { downloadChart } from "../support/download";
import { shownAs, type CatalogueCall } from "../support/fake-catalogue";
import { showNumbers } from "../support/show-numbers";
import { faults, history, live, sample } from "./servers";

// OpenRouter's model catalogue joined to the task data. The live, edge and history servers'
// fake upstreams page tests/fixtures/catalogue.json six models at a time; the faults server's
// catalogue answers 500 from the start. Expected figures are worked out by hand from the
// 2026-11-21 fixture: minimax/minimax-m3 is not in the catalogue (unknown), x-ai/grok-5 has an
// empty hugging_face_id (closed), qwen/qwen3.5-coder has two dated versions.

async function catalogueCalls(controlUrl: string): Promise<CatalogueCall[]> {
  return (await fetch(`${controlUrl}/catalogue/calls`)).json() as Promise<CatalogueCall[]>;
}

test("one paged catalogue call at start, without the key, and none per page view", async ({
  page,
}) => {
  for (const path of ["/models", "/providers", "/tags/code%3Adebugging"]) {
    await page.goto(`${live.url}${path}`);
  }
  const calls = await catalogueCalls(live.upstream);
  expect(calls.map((call) => call.path)).toEqual([
    "/api/v1/models?offset=0&limit=500",
    "/api/v1/models?offset=6&limit=500",
    "/api/v1/models?offset=12&limit=500",
    "/api/v1/models?offset=18&limit=500",
  ]);
  expect(calls.every((call) => call.authorization === null)).toBe(true);
});

test("the drill-down names its models and gives the listed open-weight share exactly", async ({
  page,
}) => {
  await page.goto(`${live.url}/tags/agent%3Atool_dispatch`);
  const links = page.getByTestId("model-table").getByRole("link");
  await expect(links).toHaveText([
    "Anthropic: Claude Sonnet 5 anthropic/claude-sonnet-5-20260921",
    "OpenAI: GPT-6 Astra openai/gpt-6-astra-20260903",
    "Z.ai: GLM 5 z-ai/glm-5-20260915",
    "minimax/minimax-m3-20260905", // not in the catalogue: its slug, nothing else
  ]);
  // URLs keep the dated slug.
  await expect(links.nth(2)).toHaveAttribute("href", "/models/z-ai/glm-5-20260915");
  await expect(page.getByTestId("model-bars").locator("text[data-row-label]")).toHaveText([
    "Claude Sonnet 5",
    "GPT-6 Astra",
    "GLM 5",
    "minimax-m3",
    "Other models",
  ]);

  // glm-5 0.1/0.09 open; sonnet 0.35/0.4 + astra 0.3/0.25 closed; minimax 0.05/0.06 unknown;
  // 1 − 0.8 = 0.2 of requests and of tokens left to unlisted models.
  const weights = page.getByTestId("tag-weights");
  await expect(weights.locator("dt")).toHaveText([
    "Open weights",
    "Closed",
    "Unknown",
    "Not listed",
  ]);
  await expect(weights.locator("dd.text-2xl")).toHaveText(["10.0%", "65.0%", "5.0%", "20.0%"]);
  await expect(page.getByTestId("tag-weights-open")).toContainText("9.0% of tokens");
  await expect(page.getByTestId("tag-weights-unknown")).toContainText("6.0% of tokens");
  await expect(page.getByTestId("catalogue-note")).toContainText(
    "from OpenRouter's model catalogue, fetched",
  );

  // The table's file names and classes each model as the page does.
  const csv = Papa.parse<Record<string, string>>(
    (await downloadChart(page, "Top models", "csv")).bytes.toString("utf8"),
    { header: true, skipEmptyLines: true },
  ).data;
  expect(csv.map((row) => [row.model, row.name, row.weights])).toEqual([
    ["anthropic/claude-sonnet-5-20260921", "Anthropic: Claude Sonnet 5", "closed"],
    ["openai/gpt-6-astra-20260903", "OpenAI: GPT-6 Astra", "closed"],
    ["z-ai/glm-5-20260915", "Z.ai: GLM 5", "open"],
    ["minimax/minimax-m3-20260905", "minimax/minimax-m3-20260905", "unknown"],
    ["Other models", "", ""],
  ]);
});

test("/models: names, weights, new this week, and the open-weight share as lower bounds", async ({
  page,
}) => {
  await page.goto(`${live.url}/models`);
  const astra = page.locator('tr[data-model="openai/gpt-6-astra-20260903"]');
  await expect(astra.locator("th")).toHaveText(shownAs("openai/gpt-6-astra-20260903"));
  await expect(astra.locator("[data-weights]")).toHaveText("Closed");
  await expect(page.locator('tr[data-model="x-ai/grok-5-20260930"] [data-weights]')).toHaveText(
    "Closed", // an empty hugging_face_id
  );
  await expect(
    page.locator('tr[data-model="moonshotai/kimi-k3-20261001"] [data-weights]'),
  ).toHaveText("Open weights");
  await expect(
    page.locator('tr[data-model="minimax/minimax-m3-20260905"] [data-weights]'),
  ).toHaveText("Unknown");
  // Gemini 3.5 Flash was added on 2026-11-18, within the seven days to 2026-11-21.
  await expect(page.getByTestId("new-models")).toHaveText(
    "New this week (added to OpenRouter in the seven days to 2026-11-21): Google: Gemini 3.5 Flash.",
  );
  await expect(page.locator("[data-new-model]")).toHaveCount(1);

  // Open requests: roleplay 0.8×0.19 + general_impl 0.093×0.1842 + debugging 0.2×0.1563 +
  // tool_dispatch 0.1×0.065 = 0.2068906; tokens 0.79×0.15 + 0.081×0.2611 + 0.18×0.1907 +
  // 0.09×0.04 = 0.1775751. Closed 0.456442 / 0.4508951; unknown 0.05×0.065 = 0.00325.
  await expect(page.getByTestId("open-weights-summary")).toHaveText(
    "Open-weight models serve at least 20.7% of classified requests and at least 17.8% of tokens; closed models at least 45.6% and at least 45.1%. Of the listed models, 6 have open weights, 7 are closed and 1 is not in the catalogue (unknown: at least 0.3% of requests, counted as neither).",
  );
  const table = page.getByTestId("open-weights-table");
  await expect(table.locator('tr[data-scope="all"] td')).toHaveText([
    "at least 20.7% at least 17.8% of tokens",
    "at least 45.6% at least 45.1% of tokens",
    "at least 0.3% at least 0.2% of tokens",
    "33.3% 36.9% of tokens",
  ]);
  // Agent: glm-5's 0.1 × tool_dispatch's 0.414 of agent requests = 0.0414.
  await expect(table.locator('tr[data-scope="agent"] td').first()).toHaveText(
    "at least 4.1% at least 3.3% of tokens",
  );
  await expect(table.locator("tbody tr")).toHaveCount(6);
});

test("?weights= filters the models index, by link and by keyboard", async ({ page }) => {
  await page.goto(`${live.url}/models`);
  const rows = page.getByTestId("model-index").locator("tbody tr");
  const filter = page
    .getByRole("navigation", { name: "Filter models by weights" })
    .getByRole("link", { name: "Open weights" });
  await filter.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${live.url}/models?weights=open`);
  await expect(filter).toHaveAttribute("aria-current", "true");
  expect(
    await rows.evaluateAll((list) => list.map((row) => row.getAttribute("data-model"))),
  ).toEqual([
    "deepseek/deepseek-v4-20260812",
    "meta-llama/llama-5-maverick-20260710",
    "qwen/qwen3.5-coder-20260820",
    "mistralai/mistral-large-3-20260901",
    "moonshotai/kimi-k3-20261001",
    "z-ai/glm-5-20260915",
  ]);
  await page.goto(`${live.url}/models?weights=closed&provider=openai`);
  await expect(rows).toHaveCount(2);
  await page.goto(`${live.url}/models?weights=unknown`);
  await expect(rows).toHaveCount(1);
  await page.goto(`${live.url}/models?weights=free`);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toContainText(
    "weights=free",
  );
  await expect(rows).toHaveCount(14);
});

test("/providers: each provider's traffic by weights", async ({ page }) => {
  await page.goto(`${live.url}/providers`);
  const table = page.getByTestId("provider-weights-table");
  // qwen: 0.093×0.1842 + 0.08×0.1563 = 0.0296346, all open; tokens 0.0344981.
  await expect(table.locator('tr[data-provider="qwen"] td')).toHaveText([
    "at least 3.0% at least 3.4% of tokens",
    "–",
    "–",
  ]);
  await expect(table.locator('tr[data-provider="minimax"] td')).toHaveText([
    "–",
    "–",
    "at least 0.3% at least 0.2% of tokens",
  ]);
  await expect(page.getByTestId("open-weights-summary")).toContainText("at least 20.7%");
});

test("a profile: name, slug, weights, release day and its versions", async ({ page }) => {
  await page.goto(`${live.url}/models/qwen/qwen3.5-coder-20260820`);
  await expect(page).toHaveTitle("Qwen: Qwen3.5 Coder (qwen/qwen3.5-coder-20260820) · Task Share");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Qwen: Qwen3.5 Coder");
  await expect(page.getByTestId("model-slug")).toHaveText("qwen/qwen3.5-coder-20260820");
  await expect(page.locator("main [data-weights]").first()).toHaveText("Open weights");
  await expect(page.locator("main")).toContainText("Added to OpenRouter 2026-08-20");
  const versions = page.getByTestId("model-versions").getByRole("listitem");
  await expect(versions).toHaveText([
    "qwen/qwen3.5-coder-20260820added 2026-08-20 · this version",
    "qwen/qwen3.5-coder-20260515added 2026-05-15 · in no task's top list",
  ]);

  // A model the catalogue does not list: its slug as the heading, weights unknown, no versions.
  await page.goto(`${live.url}/models/minimax/minimax-m3-20260905`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("minimax/minimax-m3-20260905");
  await expect(page.locator("main [data-weights]").first()).toHaveText("Unknown");
  await expect(page.getByTestId("model-versions")).toHaveCount(0);
});

test("search finds a model by its catalogue name; /api/status reports the catalogue", async ({
  page,
  request,
}) => {
  // "z.ai glm" is in the name "Z.ai: GLM 5" only: the slug z-ai/glm-5-20260915 has no dot.
  await page.goto(`${live.url}/search?q=z.ai%20glm`);
  await expect(page.getByTestId("search-models").getByRole("link")).toHaveText([
    shownAs("z-ai/glm-5-20260915"),
  ]);
  const status = await (await request.get(`${live.url}/api/status`)).json();
  expect(status.catalogue).toMatchObject({ source: "live", last_error: null });
  expect(
    Date.parse(status.catalogue.next_refresh_at) - Date.parse(status.catalogue.fetched_at),
  ).toBe(24 * 60 * 60 * 1000);
});

test("/api/models carries name, open_weights, created and catalogue_id (null when unlisted)", async ({
  request,
}) => {
  const body = await (await request.get(`${live.url}/api/models`)).json();
  expect(body.catalogue).toEqual({ source: "live", fetched_at: expect.any(String) });
  const byId = new Map(body.models.map((model: { id: string }) => [model.id, model]));
  expect(byId.get("qwen/qwen3.5-coder-20260820")).toMatchObject({
    name: "Qwen: Qwen3.5 Coder",
    open_weights: true,
    created: "2026-08-20T00:00:00.000Z",
    catalogue_id: "qwen/qwen3.5-coder",
  });
  expect(byId.get("minimax/minimax-m3-20260905")).toMatchObject({
    name: null,
    open_weights: null,
    created: null,
    catalogue_id: null,
  });
  const one = await (
    await request.get(`${live.url}/api/models/qwen/qwen3.5-coder-20260820`)
  ).json();
  expect(one.model.versions.map((version: { id: string }) => version.id)).toEqual([
    "qwen/qwen3.5-coder-20260820",
    "qwen/qwen3.5-coder-20260515",
  ]);
});

test("over time: the open-weight share of every stored day, with release days marked", async ({
  page,
}) => {
  await page.goto(`${history.url}/models`);
  await expect(page.getByTestId("open-weights-trend")).toBeVisible();
  // Gemini 3.5 Flash was added on 2026-11-18, a stored day of the history.
  await expect(
    page.getByTestId("open-weights-trend").locator('[data-marker="2026-11-18"]'),
  ).toHaveCount(1);
  await expect(page.getByTestId("release-markers")).toHaveText(
    "Added to OpenRouter in this range: Google: Gemini 3.5 Flash (2026-11-18).",
  );
  const rows = (await showNumbers(page, "open-weights-trend-table")).locator("tbody tr");
  await expect(rows).toHaveCount(5);
  // Newest first. 2026-11-21: 0.2068906 / 0.1775751; 2026-11-14: 0.19675 / 0.166026.
  await expect(rows.first().locator("td")).toHaveText(["at least 20.7%", "at least 17.8%"]);
  await expect(rows.last()).toHaveAttribute("data-date", "2026-11-14");
  await expect(rows.last().locator("td")).toHaveText(["at least 19.7%", "at least 16.6%"]);

  // A task's trend marks the release days of the models it lists: Web Search lists the Flash.
  await page.goto(`${history.url}/tags/agent%3Aweb_search`);
  await expect(page.getByTestId("tag-trend").locator('[data-marker="2026-11-18"]')).toHaveCount(1);
  await expect(page.getByTestId("release-markers")).toHaveText(
    "Added to OpenRouter in this range: Google: Gemini 3.5 Flash (2026-11-18).",
  );
});

test("sample mode: the sample's own catalogue, labelled, one model left unnamed", async ({
  page,
  request,
}) => {
  await page.goto(`${sample.url}/models`);
  await expect(page.getByTestId("catalogue-note")).toHaveText(
    "Names, weights and release days from an illustrative sample catalogue generated by Task Share, not OpenRouter's.",
  );
  await expect(page.locator('tr[data-model="moonshotai/kimi-k3-20261001"] th')).toHaveText(
    "MoonshotAI: Kimi K3 moonshotai/kimi-k3-20261001",
  );
  await expect(
    page.locator('tr[data-model="minimax/minimax-m3-20260905"] [data-weights]'),
  ).toHaveText("Unknown");
  const body = await (await request.get(`${sample.url}/api/models`)).json();
  expect(body.catalogue).toEqual({ source: "sample", fetched_at: null });
});

test("a failing catalogue leaves every page working, models as slugs, weights unknown", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/models", "/providers", "/tags/agent%3Atool_dispatch"]) {
    const response = await page.goto(`${faults.url}${path}`);
    expect(response?.status(), path).toBe(200);
  }
  await expect(page.getByTestId("model-table").getByRole("link").first()).toHaveText(
    "anthropic/claude-sonnet-5-20260921",
  );
  await expect(page.getByTestId("tag-weights").locator("dd.text-2xl")).toHaveText([
    "0.0%",
    "0.0%",
    "80.0%",
    "20.0%",
  ]);
  await expect(page.getByTestId("catalogue-note")).toHaveText(
    "OpenRouter's model catalogue has not been loaded yet: models show as their slugs and their weights as unknown.",
  );
  const body = await (await request.get(`${faults.url}/api/models`)).json();
  expect(body.catalogue).toEqual({ source: "none", fetched_at: null });
  expect(body.models[0]).toMatchObject({ name: null, open_weights: null });
  // While nothing is stored, a failure is retried after 2 minutes, then longer, whatever the
  // traffic: never sooner.
  const calls = await catalogueCalls(faults.upstream);
  expect(calls.length).toBeGreaterThanOrEqual(1);
  for (const [index, call] of calls.slice(1).entries()) {
    expect(call.at - (calls[index]?.at ?? 0)).toBeGreaterThanOrEqual(120_000);
  }
  // The operator sees why: the upstream's 500, or, when a call met this server's 1 s timeout on
  // a busy machine before the fake could answer, the timeout.
  const status = await (await request.get(`${faults.url}/api/status`)).json();
  expect(status.catalogue).toMatchObject({ source: "none", fetched_at: null });
  const { code, message } = status.catalogue.last_error;
  expect([
    { code: "http_error", message: "upstream answered HTTP 500" },
    { code: "timeout", message: "upstream did not answer within 1000 ms" },
  ]).toContainEqual({ code, message });
});
