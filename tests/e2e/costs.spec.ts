import { expect, test, type APIRequestContext } from "@playwright/test";

import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream";
import {
  HOSTILE_HARNESS,
  SESSION_COST_AS_OF,
  SESSION_COST_WINDOW,
  sessionCostCells,
} from "../support/fake-session-cost";
import { startNextServer, type RunningServer } from "../support/next-server";
import { parseStrictCsv } from "../support/rfc4180";
import { TEST_API_KEY } from "../support/test-key";
import { live, sample, storeDir, upstreamCalls } from "./servers";

// The session-cost dataset (issue 34): stored from the fake upstream's two pages, republished
// exactly by /api/session-cost, shown as one table on /costs, never fetched per view, and a
// failing or unpublished dataset said so on its own page without touching the others.

test.describe.configure({ timeout: 120_000 });

const SESSION_COST_CALLS = "/api/v1/datasets/session-cost";
const CITATION = "Source: OpenRouter (openrouter.ai), as of 2026-11-19. Licensed under CC BY 4.0.";

type Answer = {
  citation: string;
  as_of: string | null;
  source: string;
  status: string;
  window_days: number | null;
  window_end_date: string | null;
  rows: {
    app_slug: string;
    app_name: string;
    model_permaslug: string;
    turn_range: string;
    median_session_cost_usd: number;
  }[];
};

/** The fake's cells as the server republishes them: names past 200 characters cut at the edge. */
function expectedRows() {
  return sessionCostCells().map((cell) => ({
    ...cell,
    app_name: cell.app_name.length > 200 ? `${cell.app_name.slice(0, 199)}…` : cell.app_name,
  }));
}

async function stored(request: APIRequestContext, url: string): Promise<Answer> {
  let answer: Answer | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${url}/api/session-cost`);
        if (response.status() !== 200) return response.status();
        answer = (await response.json()) as Answer;
        return answer.status;
      },
      { timeout: 90_000 },
    )
    .toBe("published");
  if (!answer) throw new Error("no answer");
  return answer;
}

test("GET /api/session-cost republishes every cell of both upstream pages exactly, cited", async ({
  request,
}) => {
  const answer = await stored(request, live.url);
  const rows = expectedRows();
  expect(answer).toMatchObject({
    citation: CITATION,
    as_of: SESSION_COST_AS_OF,
    source: "live",
    ...SESSION_COST_WINDOW,
  });
  expect(answer.rows).toEqual(
    rows.map(({ app_slug, app_name, model_permaslug, turn_range, median_session_cost_usd }) => ({
      app_slug,
      app_name,
      model_permaslug,
      turn_range,
      median_session_cost_usd,
    })),
  );
  expect(answer.rows).toHaveLength(620);

  // Upstream's filters, exactly: one harness, one model, one turn range.
  const query = "app_slug=harness-3&model=openai/gpt-6-astra-20260903&turn_range=10-49-turns";
  const one = (await (await request.get(`${live.url}/api/session-cost?${query}`)).json()) as Answer;
  expect(one.rows).toEqual([
    {
      app_slug: "harness-3",
      app_name: "Harness 3",
      model_permaslug: "openai/gpt-6-astra-20260903",
      turn_range: "10-49-turns",
      median_session_cost_usd: 10.96,
    },
  ]);

  // CSV: the same cells, the citation on every row; figures as published, no float noise.
  const csv = await request.get(`${live.url}/api/session-cost?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const { header, records } = parseStrictCsv(await csv.text());
  expect(header).toEqual([
    "app_slug",
    "app_name",
    "model_permaslug",
    "turn_range",
    "median_session_cost_usd",
    "citation",
  ]);
  expect(records).toHaveLength(620);
  expect(records.every((record) => record[5] === CITATION)).toBe(true);
  expect(records.map((record) => Number(record[4]))).toEqual(
    rows.map((row) => row.median_session_cost_usd),
  );
  expect(records.map((record) => record[4])).toEqual(
    rows.map((row) => String(row.median_session_cost_usd)),
  );

  // A client holding the answer gets a 304; a bad filter a 400 naming the accepted values.
  const etag = (await request.get(`${live.url}/api/session-cost`)).headers().etag ?? "";
  const again = await request.get(`${live.url}/api/session-cost`, {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  const bad = await request.get(`${live.url}/api/session-cost?turn_range=3-turns`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toBe(
    'turn_range must be one of 1-turn, 2-9-turns, 10-49-turns, 50-plus-turns, not "3-turns".',
  );
});

test("/costs: every pair of harness and model, medians as published, filters in the URL", async ({
  page,
  request,
}) => {
  await stored(request, live.url);
  const callsBefore = (await upstreamCalls(live.upstream, SESSION_COST_CALLS)).length;
  await page.goto(`${live.url}/costs`);
  await expect(page.getByRole("heading", { name: "Cost per session", level: 1 })).toBeVisible();
  const table = page.getByTestId("costs-table");
  await expect(table.locator("tbody tr")).toHaveCount(155);
  await expect(page.getByTestId("costs-summary")).toContainText(
    "620 published cells: 31 harnesses, 5 models, sessions in the 30 days to 2026-11-18.",
  );
  // The hostile name is text, not markup.
  await expect(table.locator('tr[data-harness="harness-0"]').first()).toContainText(
    HOSTILE_HARNESS,
  );
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  // Cited as the session-cost dataset asks, on the page.
  await expect(page.getByTestId("citation")).toHaveText(CITATION);

  // One harness, one turn range: its five models, one column, dearest first.
  await page.goto(`${live.url}/costs?harness=harness-3&turns=10-49-turns&sort=10-49-turns`);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(table.locator("thead th")).toHaveText([/Harness/, /Model/, /10–49 turns/]);
  const figures = await rows.locator("td[data-turns]").allTextContents();
  // harness-3 × models 1..5 at 10-49 turns: 4 × m × 100 × 0.0137, dearest first.
  expect(figures).toEqual(["$27.40", "$21.92", "$16.44", "$10.96", "$5.48"]);
  await expect(page.getByTestId("costs-csv")).toHaveAttribute(
    "href",
    "/api/session-cost?app_slug=harness-3&turn_range=10-49-turns&format=csv",
  );

  // Without JavaScript's help the filter form lands on the same kind of permalink.
  await page.goto(`${live.url}/costs`);
  await page
    .getByRole("form", { name: "Filter the costs" })
    .getByLabel("Model")
    .selectOption("deepseek/deepseek-v4-20260812");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(
    /model=deepseek%2Fdeepseek-v4-20260812|model=deepseek\/deepseek-v4-20260812/,
  );
  await expect(table.locator("tbody tr")).toHaveCount(31);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveCount(0);

  // A model's profile shows its costs in every harness, cited as the costs' dataset.
  await page.goto(`${live.url}/models/openai/gpt-6-astra-20260903`);
  const card = page.getByRole("region", { name: "Cost per session" });
  await expect(card.locator("tbody tr")).toHaveCount(31);
  await expect(card.locator('tr[data-harness="harness-3"] td[data-turns]')).toHaveText([
    "$0.11",
    "$1.10",
    "$10.96",
    "$110",
  ]);
  await expect(page.getByTestId("model-costs-citation")).toHaveText(CITATION);
  await expect(
    card.getByRole("link", { name: "Compare with every model’s costs" }),
  ).toHaveAttribute("href", /^\/costs\?model=openai(\/|%2F)gpt-6-astra-20260903$/);

  // Views read the store: no call to upstream for any of them.
  expect((await upstreamCalls(live.upstream, SESSION_COST_CALLS)).length).toBe(callsBefore);
});

test("sample mode: generated costs, labelled as the sample on the page and in the files", async ({
  page,
  request,
}) => {
  await page.goto(`${sample.url}/costs`);
  await expect(page.getByTestId("costs-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByText(/illustrative sample figures generated by Task Share/)).toBeVisible();
  await expect(page.getByTestId("citation")).toHaveText(
    /^Illustrative sample data generated by Task Share, not OpenRouter's figures/,
  );
  const answer = (await (await request.get(`${sample.url}/api/session-cost`)).json()) as Answer;
  expect(answer.source).toBe("sample");
  expect(answer.citation).toMatch(/^Illustrative sample data/);
  expect(answer.rows.length).toBeGreaterThan(0);
  expect(answer.rows.every((row) => row.app_name.startsWith("Sample "))).toBe(true);
});

/** A live server whose fake upstream's session costs are steered before it starts. */
async function withSteeredServer(
  name: string,
  steer: Record<string, unknown>,
  check: (server: RunningServer, upstream: FakeUpstream) => Promise<void>,
) {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  let server: RunningServer | undefined;
  try {
    await fetch(`${upstream.controlUrl}/session-cost`, {
      method: "POST",
      body: JSON.stringify(steer),
    });
    server = await startNextServer(name, {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: storeDir(name),
    });
    await check(server, upstream);
  } finally {
    await server?.stop();
    await upstream.close();
  }
}

test("not yet published: said so, no rows, and the rest of the site as usual", async ({
  page,
  request,
}) => {
  await withSteeredServer("costs-unpublished", { unpublished: true }, async (server) => {
    await expect
      .poll(
        async () => (await (await request.get(`${server.url}/api/session-cost`)).json()).status,
        {
          timeout: 60_000,
        },
      )
      .toBe("unpublished");
    const answer = (await (await request.get(`${server.url}/api/session-cost`)).json()) as Answer;
    expect(answer).toMatchObject({ rows: [], window_days: null, window_end_date: null });
    await page.goto(`${server.url}/costs`);
    await expect(page.getByTestId("costs-notice")).toContainText("Not yet published");
    expect((await request.get(`${server.url}/`)).status()).toBe(200);
  });
});

test("a failing session-cost dataset: a notice on /costs and a 503 on its API, nothing else", async ({
  page,
  request,
}) => {
  await withSteeredServer(
    "costs-failing",
    { fault: { status: 500, body: '{"error":{"code":500,"message":"boom"}}' } },
    async (server) => {
      await expect
        .poll(async () => (await request.get(`${server.url}/api/session-cost`)).status(), {
          timeout: 60_000,
        })
        .toBe(503);
      await expect
        .poll(
          async () => {
            await page.goto(`${server.url}/costs`);
            return page.getByTestId("costs-notice").textContent();
          },
          { timeout: 60_000 },
        )
        .toContain("The session costs are unavailable");
      const response = await request.get(`${server.url}/api/session-cost`);
      expect(response.headers()["retry-after"]).toBe("60");
      // The task pages and the rankings are untouched.
      const overview = await request.get(`${server.url}/`);
      expect(overview.status()).toBe(200);
      expect(await overview.text()).not.toContain("session costs are unavailable");
    },
  );
});
