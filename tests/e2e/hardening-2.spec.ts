import { readFileSync } from "node:fs";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { readFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream";
import { startNextServer, type RunningServer } from "../support/next-server";
import { createDatabase, startPostgres, type RunningPostgres } from "../support/postgres";
import { TEST_API_KEY } from "../support/test-key";
import { live, respondWith, storeDir, upstreamCalls, RANKINGS_PATH } from "./servers";

// Hardening, second round (issue 29): each defect reproduced against a production server whose
// fake upstream sends the hostile answer: runaway and control-character names, an empty rankings
// backfill, a catalogue down at first start, implausible dates, NULs, a PostgreSQL outage, and
// the HTTP details (preconditions, ranges, dates past 9999) on the shared live server.

test.describe.configure({ timeout: 180_000 });

const LONG_NAME = "Long ".repeat(30_000); // 150,000 characters
const CONTROL_NAME = "Bell\u0007 Tab\u000B Esc\u001B Non\uFFFE";
const FOREIGN_NAME = "模型 🚀 ترجمة";
/** Characters XML 1.0 forbids, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

type Json = Record<string, unknown>;

/** The top task's name: 150,000 characters and more, after characters XML forbids. */
const TOP_NAME = `${CONTROL_NAME} ${LONG_NAME}`;

/**
 * A fixture day whose every task name starts with characters XML forbids, the top task's
 * running to 150,000 characters, and one task named in scripts the bundled font lacks.
 */
function hostileDay(fixture: string): { body: string; longTag: string; foreignTag: string } {
  const answer = JSON.parse(readFixture(fixture)) as {
    data: { classifications: { tag: string; display_name: string; usage_share: number }[] };
  };
  const tasks = [...answer.data.classifications].sort((a, b) => b.usage_share - a.usage_share);
  const [top, , third] = tasks;
  if (!top || !third) throw new Error("the fixture has fewer than three tasks");
  for (const task of tasks) task.display_name = `${CONTROL_NAME} ${task.display_name}`;
  top.display_name = TOP_NAME;
  third.display_name = FOREIGN_NAME;
  return { body: JSON.stringify(answer), longTag: top.tag, foreignTag: third.tag };
}

/** A rankings answer with no rows that says it covers up to yesterday. */
function emptyRankings(): string {
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    data: [],
    meta: {
      as_of: `${today}T00:00:00Z`,
      start_date: "2025-01-01",
      end_date: yesterday,
      version: "v1",
    },
  });
}

async function json(request: APIRequestContext, url: string): Promise<Json> {
  return (await (await request.get(url)).json()) as Json;
}

test.describe("a hostile upstream from the first start", () => {
  // One server for the group, its tests in order (each reads what the ones before steered).
  test.describe.configure({ mode: "default" });
  let upstream: FakeUpstream | undefined;
  let server: RunningServer | undefined;
  const day1 = hostileDay("upstream-2026-11-21.json");
  const day2 = hostileDay("upstream-2026-11-22.json");

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    upstream = await startFakeUpstream("upstream-2026-11-21.json", {
      catalogueFault: { status: 500, body: '{"error":{"message":"catalogue down"}}' },
    });
    await respondWith(upstream.controlUrl, { status: 200, body: day1.body });
    // Every rankings call of the first backfill answers no rows, claiming coverage to yesterday.
    await fetch(`${upstream.controlUrl}/rankings/fault`, {
      method: "POST",
      body: JSON.stringify({ status: 200, body: emptyRankings(), times: 1_000 }),
    });
    server = await startNextServer("hardening-2", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: storeDir("hardening-2"),
      REVALIDATE_SECONDS: "2",
      UPSTREAM_CALLS_PER_MINUTE: "120",
      UPSTREAM_CALLS_PER_DAY: "100000",
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await upstream?.close();
  });

  test("1. a 150,000-character name is cut to 200 at the edge, and the preview stays small and quick", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    const answer = await json(request, `${url}/api/classifications`);
    const tasks = (answer.data as { classifications: { tag: string; display_name: string }[] })
      .classifications;
    const long = tasks.find((task) => task.tag === day1.longTag);
    expect(long?.display_name).toBe(`${TOP_NAME.slice(0, 199)}…`);
    expect(readFileSync(server?.logFile ?? "", "utf8")).toContain(
      `[task-share] upstream task answer: task ${day1.longTag}: a name of ${TOP_NAME.length} characters cut to 200`,
    );

    const started = Date.now();
    const preview = await request.get(`${url}/preview`, { timeout: 60_000 });
    expect(preview.status()).toBe(200);
    expect(preview.headers()["content-type"]).toBe("image/png");
    expect(Date.now() - started).toBeLessThan(30_000);
    const home = await request.get(url);
    expect(home.status()).toBe(200);
    expect((await home.body()).byteLength).toBeLessThan(1_500_000);
    // The process survived: it still answers.
    expect((await request.get(`${url}/api/status`)).status()).toBe(200);
  });

  test("9. a name the bundled font cannot draw never makes the preview renderer fetch a font", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    const preview = await request.get(`${url}/tags/${encodeURIComponent(day1.foreignTag)}/preview`);
    expect(preview.status()).toBe(200);
    expect(preview.headers()["content-type"]).toBe("image/png");
    expect(readFileSync(server?.logFile ?? "", "utf8")).not.toContain("dynamic font");
  });

  test("3. names with characters XML forbids leave the Atom feeds parseable", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    // A second day, so the feed has news naming the tasks.
    await respondWith(upstream?.controlUrl ?? "", { status: 200, body: day2.body });
    await expect
      .poll(async () => (await json(request, `${url}/api/status`)).as_of, { timeout: 30_000 })
      .toBe("2026-11-22");
    for (const path of ["/feed.xml", `/tags/${encodeURIComponent(day2.longTag)}/feed.xml`]) {
      const feed = await request.get(`${url}${path}`);
      expect(feed.status(), path).toBe(200);
      const text = await feed.text();
      expect(text, path).not.toMatch(NOT_XML);
    }
    const site = await (await request.get(`${url}/feed.xml`)).text();
    expect(site).toContain("Bell\uFFFD Tab\uFFFD Esc\uFFFD Non\uFFFD");
  });

  test("2. an empty rankings backfill marks nothing covered: the series stay backfilling", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    // The first run asks every series (15 calls) and receives no rows.
    await expect
      .poll(async () => (await upstreamCalls(upstream?.controlUrl ?? "", RANKINGS_PATH)).length, {
        timeout: 60_000,
      })
      .toBeGreaterThanOrEqual(15);
    await expect
      .poll(async () => (await json(request, `${url}/api/status`)).rankings, { timeout: 30_000 })
      .toMatchObject({ state: "backfilling", first_date: null, last_date: null });
    const rankings = await request.get(`${url}/api/rankings`);
    expect(rankings.status()).toBe(503);
    expect(rankings.headers()["retry-after"]).toBeDefined();
    expect(await rankings.json()).toEqual({
      error: {
        code: 503,
        message: "No rankings are stored yet: the history is being fetched. Try again shortly.",
      },
    });
  });

  test("7. a catalogue down at first start is asked again within minutes, not a day", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    await request.get(`${url}/models`);
    await expect
      .poll(
        async () => {
          const catalogue = (await json(request, `${url}/api/status`)).catalogue as {
            next_refresh_at: string | null;
            last_error: { at: string } | null;
          };
          return catalogue.last_error && catalogue.next_refresh_at
            ? Date.parse(catalogue.next_refresh_at) - Date.parse(catalogue.last_error.at)
            : undefined;
        },
        { timeout: 30_000 },
      )
      .toBe(2 * 60_000);
  });
});

test("6. every page goes through the render cache, concurrent renders of one URL coalesced", async ({
  request,
}) => {
  // On the live server: its refresh window is long, so the data version holds still.
  const url = live.url;
  const html = { accept: "text/html", "accept-encoding": "identity" };
  for (const path of ["/trends", "/trends/categories", "/about", "/search?q=code", "/api"]) {
    const first = await request.get(`${url}${path}`, { headers: html });
    expect(first.status(), path).toBe(200);
    const again = await request.get(`${url}${path}`, { headers: html });
    // Next streams a render (chunked); the cache sends the kept page whole, with its length.
    expect(again.headers()["content-length"], path).toBe(String((await again.body()).length));
    expect(await again.text(), path).toBe(await first.text());
  }
  const fresh = `${url}/trends?measure=tokens&coalesce=${Date.now()}`;
  const bodies = await Promise.all(
    Array.from({ length: 20 }, async () => (await request.get(fresh)).text()),
  );
  expect(new Set(bodies).size).toBe(1);
});

test.describe("implausible dates and NULs from upstream", () => {
  // One server for the group, its tests in order (each reads what the ones before steered).
  test.describe.configure({ mode: "default" });
  let upstream: FakeUpstream | undefined;
  let server: RunningServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    upstream = await startFakeUpstream("upstream-2026-11-21.json");
    const ancient = JSON.parse(readFixture("upstream-2026-11-21.json")) as { data: Json };
    ancient.data.as_of = "1900-01-01";
    await respondWith(upstream.controlUrl, { status: 200, body: JSON.stringify(ancient) });
    const future = JSON.parse(emptyRankings()) as { meta: Json };
    future.meta.as_of = "2099-01-01T00:00:00Z";
    await fetch(`${upstream.controlUrl}/rankings/fault`, {
      method: "POST",
      body: JSON.stringify({ status: 200, body: JSON.stringify(future), times: 1_000 }),
    });
    server = await startNextServer("hardening-2-dates", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: storeDir("hardening-2-dates"),
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await upstream?.close();
  });

  test("4. a task day of 1900-01-01 and a rankings as_of of 2099 are refused as invalid payloads", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    await expect
      .poll(async () => (await json(request, `${url}/api/status`)).last_error, { timeout: 30_000 })
      .toMatchObject({
        code: "invalid_payload",
        message: "upstream payload failed validation: as_of 1900-01-01 is earlier than 2023-01-01",
      });
    expect((await request.get(url)).status()).toBe(503);
    await expect
      .poll(async () => (await json(request, `${url}/api/status`)).rankings, { timeout: 60_000 })
      .toMatchObject({
        state: "failing",
        last_error: {
          code: "invalid_payload",
          message: expect.stringContaining("as_of 2099-01-01T00:00:00Z is later than"),
        },
      });
  });

  test("7. a NUL in a task name is an invalid payload, not an internal error", async ({
    request,
  }) => {
    const url = server?.url ?? "";
    const poisoned = JSON.parse(readFixture("upstream-2026-11-21.json")) as {
      data: { classifications: { display_name: string }[] };
    };
    const [first] = poisoned.data.classifications;
    if (first) first.display_name = "Co\u0000de";
    await respondWith(upstream?.controlUrl ?? "", {
      status: 200,
      body: JSON.stringify(poisoned),
    });
    // While nothing is stored, retries come within seconds.
    await expect
      .poll(async () => (await json(request, `${url}/api/status`)).last_error, { timeout: 60_000 })
      .toMatchObject({
        code: "invalid_payload",
        message: expect.stringContaining("contains a NUL character"),
      });
  });
});

test("5. with PostgreSQL down, rankings not held in memory and the trends previews answer 503", async ({
  request,
}) => {
  let postgres: RunningPostgres | undefined;
  let upstream: FakeUpstream | undefined;
  let server: RunningServer | undefined;
  try {
    postgres = await startPostgres();
    upstream = await startFakeUpstream("upstream-2026-11-21.json");
    server = await startNextServer("hardening-2-outage", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATABASE_URL: createDatabase(postgres.url, "hardening_2_outage"),
    });
    const url = server.url;
    await expect
      .poll(async () => (await json(request, `${url}/api/status`)).rankings, { timeout: 90_000 })
      .toMatchObject({ state: "ready" });
    // The day series is read (and held); the week and the categories never were.
    expect((await request.get(`${url}/api/rankings`)).status()).toBe(200);

    await postgres.pause();
    for (const path of [
      "/api/rankings?period=week",
      "/api/rankings?period=week&category=programming",
      "/trends/preview",
      "/trends/categories/preview",
    ]) {
      const response = await request.get(`${url}${path}`);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("30");
      expect(await response.text(), path).toContain(
        "The data store is not answering right now. Try again shortly.",
      );
    }
    // The day series held in memory is still served.
    expect((await request.get(`${url}/api/rankings`)).status()).toBe(200);
  } finally {
    await server?.stop();
    await upstream?.close();
    await postgres?.stop();
  }
});

test("9. HTTP details: preconditions, future dates, ranges of other units, 416 with the length, 9999-12-31", async ({
  request,
}) => {
  const api = `${live.url}/api/classifications`;
  const plain = await request.get(api);
  const lastModified = Date.parse(plain.headers()["last-modified"] ?? "");
  expect(lastModified).toBeLessThanOrEqual(Date.now());

  const mismatch = await request.get(api, { headers: { "If-Match": 'W/"other"' } });
  expect(mismatch.status()).toBe(412);
  expect((await request.get(api, { headers: { "If-Match": "*" } })).status()).toBe(200);
  const older = new Date(lastModified - 1_000).toUTCString();
  expect((await request.get(api, { headers: { "If-Unmodified-Since": older } })).status()).toBe(
    412,
  );
  const future = new Date(Date.now() + 86_400_000).toUTCString();
  expect((await request.get(api, { headers: { "If-Modified-Since": future } })).status()).toBe(200);

  const robots = await request.get(`${live.url}/robots.txt`);
  const length = (await robots.body()).byteLength;
  const otherUnit = await request.get(`${live.url}/robots.txt`, {
    headers: { Range: "items=0-1" },
  });
  expect(otherUnit.status()).toBe(200);
  expect((await otherUnit.body()).byteLength).toBe(length);
  const inverted = await request.get(`${live.url}/robots.txt`, { headers: { Range: "bytes=5-1" } });
  expect(inverted.status()).toBe(416);
  expect(inverted.headers()["content-range"]).toBe(`bytes */${length}`);
  expect((await request.get(live.url, { headers: { Range: "items=0-1" } })).status()).toBe(200);

  const far = await request.get(
    `${live.url}/api/rankings?start_date=2026-01-01&end_date=9999-12-31`,
  );
  expect(far.status()).toBe(200);
  const body = (await far.json()) as { end_date: string; notices: string[]; rows: unknown[] };
  expect(body.end_date).not.toContain("+");
  expect(body.notices[0]).toMatch(/^end_date 9999-12-31 is after the last possible day/);
  expect(body.rows.length).toBeGreaterThan(0);
});
