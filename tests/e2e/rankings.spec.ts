import { expect, test, type APIRequestContext } from "@playwright/test";

import { parseStrictCsv } from "../support/rfc4180";
import { FAKE_VERSIONS } from "../support/fake-rankings";
import { TEST_API_KEY } from "../support/test-key";
import { edge, live, liveUpstreamUrl, RANKINGS_PATH, sample, upstreamCalls } from "./servers";

// The rankings dataset end to end: the live server backfills it from its fake upstream at start
// and republishes it at /api/rankings exactly; the sample server generates it; the edge
// server's dataset always fails, and its task pages do not notice.

type Row = { date: string; model: string; total_tokens: string };

async function readyRankings(request: APIRequestContext, url: string) {
  await expect
    .poll(async () => (await (await request.get(`${url}/api/status`)).json()).rankings?.state, {
      timeout: 60_000,
    })
    .toBe("ready");
}

/** What the fake upstream itself answers to `query`, as /api/rankings spells rows. */
async function upstreamAnswer(query: string) {
  const response = await fetch(`${liveUpstreamUrl()}/datasets/rankings-daily?${query}`, {
    headers: { Authorization: `Bearer ${TEST_API_KEY}` },
  });
  const body = (await response.json()) as {
    data: { date: string; model_permaslug: string; total_tokens: string }[];
    meta: { as_of: string; start_date: string; end_date: string };
  };
  const rows: Row[] = body.data.map((row) => ({
    date: row.date,
    model: row.model_permaslug,
    total_tokens: row.total_tokens,
  }));
  return { rows, meta: body.meta };
}

test("the live server backfills the history at start in 15 calls, within a minute", async ({
  request,
}) => {
  await readyRankings(request, live.url);
  // Every series is stored once the last call of the backfill has been made: one call per
  // series from the dataset's first day. The server may have run a while before this test
  // (other specs share it): its later refreshes each start from a later day.
  const startOf = (call: { path: string }) =>
    new URL(call.path, "http://fake").searchParams.get("start_date");
  const backfill = async () =>
    (await upstreamCalls(live.upstream, RANKINGS_PATH)).filter(
      (call) => startOf(call) === "2025-01-01",
    );
  await expect.poll(async () => (await backfill()).length).toBe(15);
  const calls = await backfill();
  const tasks = await upstreamCalls(live.upstream);
  const span = (calls.at(-1)?.at ?? 0) - (tasks[0]?.at ?? 0);
  console.log(
    `rankings backfill: ${calls.length} calls, last one ${span} ms after the first task call`,
  );
  expect(span).toBeLessThan(60_000);
  for (const call of calls) expect(call.authorization).toBe(`Bearer ${TEST_API_KEY}`);
  const paths = calls.map((call) => new URL(call.path, "http://fake").searchParams);
  expect(paths.filter((params) => params.has("category"))).toHaveLength(12);

  const status = await (await request.get(`${live.url}/api/status`)).json();
  expect(status.call_budget).toMatchObject({ per_minute: 30, per_day: 300 });
  expect(status.call_budget.used_today).toBeGreaterThanOrEqual(16);
  expect(status.rankings).toMatchObject({
    state: "ready",
    first_date: "2025-01-01",
    last_error: null,
  });
});

test("GET /api/rankings republishes exactly what upstream served, with its citation", async ({
  request,
}) => {
  await readyRankings(request, live.url);
  const { meta } = await upstreamAnswer("period=day");
  const last = meta.end_date;
  for (const query of [
    "period=day",
    `period=day&start_date=2025-01-01&end_date=${last}`,
    "period=week&start_date=2025-01-01",
    `period=month&start_date=2025-01-01&end_date=${last}`,
    "period=week&category=marketing/seo&start_date=2025-01-01",
    "period=week&category=programming&start_date=2026-01-05&end_date=2026-03-01",
  ]) {
    const response = await request.get(`${live.url}/api/rankings?${query}`);
    expect(response.status(), query).toBe(200);
    const body = await response.json();
    const upstream = await upstreamAnswer(query);
    expect(body.rows, query).toEqual(upstream.rows);
    expect(body.rows.length, query).toBeGreaterThan(0);
    expect(body.as_of).toBe(upstream.meta.as_of);
    // The citation names the day of the answer's timestamp, one date form in every file (issue 30).
    expect(body.citation).toBe(
      `Source: OpenRouter (openrouter.ai/rankings), as of ${upstream.meta.as_of.slice(0, 10)}.`,
    );
    expect(body).toMatchObject({
      source: "live",
      start_date: upstream.meta.start_date,
      end_date: upstream.meta.end_date,
    });
  }
  // Sums past 2^53 come through as the exact decimal strings upstream sent.
  const month = await (
    await request.get(
      `${live.url}/api/rankings?period=month&start_date=2025-01-01&end_date=2025-01-31`,
    )
  ).json();
  expect(month.rows[0]).toEqual({
    date: "2025-01-01",
    model: "vendor-0/model-0-20250101",
    total_tokens: "279223176896974038",
  });
});

test("?versions=merged adds a model's dated versions up under the catalogue's id, exactly", async ({
  request,
}) => {
  await readyRankings(request, live.url);
  const query = "period=week&start_date=2026-01-05&end_date=2026-03-01";
  const upstream = await upstreamAnswer(query);
  const response = await request.get(`${live.url}/api/rankings?${query}&versions=merged`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.versions).toBe("merged");

  const dates = [...new Set(upstream.rows.map((row) => row.date))];
  expect(dates.length).toBeGreaterThan(4);
  let merged = 0;
  for (const date of dates) {
    const dated = upstream.rows.filter((row) => row.date === date);
    const versions = dated.filter((row) => FAKE_VERSIONS.includes(row.model));
    const answered: Row[] = body.rows.filter((row: Row) => row.date === date);
    // Every other row is upstream's own; the versions become one row with their exact sum.
    const others = dated.filter((row) => !FAKE_VERSIONS.includes(row.model));
    expect(answered.filter((row) => row.model !== "qwen/qwen3.5-coder")).toEqual(
      expect.arrayContaining(others),
    );
    expect(answered.map((row) => row.model)).not.toContain(FAKE_VERSIONS[0]);
    expect(answered.at(-1)?.model).toBe("other");
    if (versions.length === 0) continue;
    const sum = versions.reduce((total, row) => total + BigInt(row.total_tokens), 0n);
    expect(answered.find((row) => row.model === "qwen/qwen3.5-coder")?.total_tokens).toBe(
      sum.toString(),
    );
    expect(answered).toHaveLength(dated.length - versions.length + 1);
    if (versions.length === 2) merged += 1;
  }
  expect(merged).toBeGreaterThan(0);
});

test("GET /api/rankings reads its parameters as upstream does, and refuses what it refuses", async ({
  request,
}) => {
  await readyRankings(request, live.url);
  const clamped = await request.get(
    `${live.url}/api/rankings?period=month&start_date=2024-06-01&end_date=2025-02-10`,
  );
  expect(clamped.status()).toBe(200);
  const body = await clamped.json();
  expect(body).toMatchObject({
    start_date: "2025-01-01",
    notices: ["start_date 2024-06-01 is before the dataset's first day: read as 2025-01-01."],
  });
  expect(body.rows.map((row: Row) => row.date)).toEqual([
    ...Array(51).fill("2025-01-01"),
    ...Array(51).fill("2025-02-01"),
  ]);
  expect((await (await request.get(`${live.url}/api/rankings?category=legal`)).json()).period).toBe(
    "week",
  );

  for (const [query, message] of [
    [
      "period=day&category=legal",
      "category legal is sampled and published by week only: use period=week.",
    ],
    [
      "period=month&category=legal",
      "category legal is sampled and published by week only: use period=week.",
    ],
    [
      "category=poetry",
      'category must be one of programming, roleplay, marketing, marketing/seo, technology, science, translation, legal, finance, health, trivia, academia, not "poetry".',
    ],
    ["period=year", 'period must be day, week or month, not "year".'],
    ["start_date=2025-02-30", 'start_date must be a date as YYYY-MM-DD, not "2025-02-30".'],
    [
      "start_date=2025-03-01&end_date=2025-02-01",
      "end_date 2025-02-01 is before start_date 2025-03-01.",
    ],
    ["end_date=2024-12-31", "end_date 2024-12-31 is before the dataset's first day, 2025-01-01."],
    [
      "modality=text",
      "Unknown query parameter modality (accepted: period, start_date, end_date, category, versions, format).",
    ],
    ["format=xml", 'format must be json or csv, not "xml".'],
  ]) {
    const response = await request.get(`${live.url}/api/rankings?${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.json(), query).toEqual({ error: { code: 400, message } });
  }
});

test("the whole day series downloads streamed, exactly the rows upstream served", async ({
  request,
}) => {
  await readyRankings(request, live.url);
  const query = "period=day&start_date=2025-01-01";
  const upstream = await upstreamAnswer(query);
  const started = Date.now();
  const response = await fetch(`${live.url}/api/rankings?${query}&format=csv`);
  expect(response.status).toBe(200);
  // Streamed: its length is not known before the last row is written.
  expect(response.headers.get("content-length")).toBeNull();
  expect(response.headers.get("transfer-encoding")).toBe("chunked");
  expect(response.headers.get("etag")).toMatch(/^W\//);
  const body = await response.text();
  console.log(
    `full day series: ${upstream.rows.length} rows, ${body.length} characters of CSV in ${Date.now() - started} ms`,
  );
  const { header, records } = parseStrictCsv(body);
  expect(header).toEqual(["date", "model", "total_tokens", "citation"]);
  expect(records.map(([date, model, total_tokens]) => ({ date, model, total_tokens }))).toEqual(
    upstream.rows,
  );
  const cited = `Source: OpenRouter (openrouter.ai/rankings), as of ${upstream.meta.as_of.slice(0, 10)}.`;
  expect(records.every((record) => record[3] === cited)).toBe(true);
  expect(upstream.rows.length).toBeGreaterThan(30_000);
  expect(upstream.rows.some((row) => BigInt(row.total_tokens) > 2n ** 53n)).toBe(true);

  // A client holding the same series is answered 304, with no body.
  const again = await fetch(`${live.url}/api/rankings?${query}&format=csv`, {
    headers: { "If-None-Match": response.headers.get("etag") ?? "" },
  });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe("");

  // The same rows as JSON, streamed the same way.
  const json = await fetch(`${live.url}/api/rankings?${query}`);
  expect(json.headers.get("content-length")).toBeNull();
  expect(((await json.json()) as { rows: Row[] }).rows).toEqual(upstream.rows);
});

test("GET /api/rankings?format=csv: the rows as a spreadsheet, cited on every row", async ({
  request,
}) => {
  await readyRankings(request, live.url);
  const response = await request.get(
    `${live.url}/api/rankings?period=month&start_date=2025-01-01&end_date=2025-01-31&format=csv`,
  );
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toBe(
    'attachment; filename="rankings-month-2025-01-01-2025-01-31.csv"',
  );
  const lines = (await response.text()).trimEnd().split("\r\n");
  const json = await (
    await request.get(
      `${live.url}/api/rankings?period=month&start_date=2025-01-01&end_date=2025-01-31`,
    )
  ).json();
  expect(lines[0]).toBe("date,model,total_tokens,citation");
  expect(lines[1]).toBe(
    `2025-01-01,vendor-0/model-0-20250101,279223176896974038,"${json.citation}"`,
  );
  expect(lines).toHaveLength(52);
  expect(lines[51]).toMatch(/^2025-01-01,other,\d+,/);
});

test("sample mode: a generated history, labelled as sample, never fetched", async ({ request }) => {
  const response = await request.get(
    `${sample.url}/api/rankings?period=week&category=programming&start_date=2025-01-01`,
  );
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.source).toBe("sample");
  expect(body.citation).toMatch(
    /^Illustrative sample data generated by Task Share, not OpenRouter's figures/,
  );
  expect(body.rows[0].date).toBe("2024-12-30");
  const lastWeek = body.rows.at(-1).date;
  const latest = body.rows.filter((row: Row) => row.date === lastWeek);
  expect(latest).toHaveLength(51);
  expect(latest.map((row: Row) => row.model)).toContain("anthropic/claude-opus-5.5-20260921");
  const status = await (await request.get(`${sample.url}/api/status`)).json();
  expect(status).toMatchObject({
    rankings: { state: "ready", first_date: "2025-01-01" },
    call_budget: null,
  });
});

test("a failing rankings dataset leaves the task pages and their status alone", async ({
  page,
  request,
}) => {
  await expect
    .poll(async () => (await (await request.get(`${edge.url}/api/status`)).json()).rankings)
    .toMatchObject({
      state: "failing",
      last_error: { code: "http_error", message: "upstream answered HTTP 500" },
    });
  const status = await request.get(`${edge.url}/api/status`);
  expect(status.status()).toBe(200);
  expect(await status.json()).toMatchObject({ stale: false, last_error: null, mode: "live" });

  const rankings = await request.get(`${edge.url}/api/rankings`);
  expect(rankings.status()).toBe(503);
  expect(Number(rankings.headers()["retry-after"])).toBeGreaterThanOrEqual(5);
  expect(await rankings.json()).toEqual({
    error: {
      code: 503,
      message:
        "No rankings are stored yet: the last call to OpenRouter failed (upstream answered HTTP 500).",
    },
  });

  const home = await page.goto(edge.url);
  expect(home?.status()).toBe(200);
  await expect(page.getByTestId("as-of")).toBeVisible();
  await expect(page.getByTestId("stale-notice")).toHaveCount(0);
  const api = await request.get(`${edge.url}/api/classifications`);
  expect(api.status()).toBe(200);
});
