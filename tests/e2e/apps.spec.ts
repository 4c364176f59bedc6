import { expect, test, type APIRequestContext } from "@playwright/test";

import {
  appRankingsAnswer,
  HOSTILE_APP,
  HOSTILE_APP_ID,
  HUGE_APP_ID,
  LONG_APP_ID,
} from "../support/fake-app-rankings";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream";
import { startNextServer, type RunningServer } from "../support/next-server";
import { parseStrictCsv } from "../support/rfc4180";
import { TEST_API_KEY } from "../support/test-key";
import { sample, storeDir, upstreamCalls } from "./servers";

// The app rankings (issue 34): every planned window stored from the fake upstream by the apps
// job, republished exactly by /api/apps with upstream's own parameters, shown on /apps, never
// fetched per view, and a failing dataset said so on its own page without touching the others.
// Each test runs its own server with a generous call budget, so the whole backfill (about 190
// windows) takes seconds rather than the days a real budget spreads it over.

test.describe.configure({ timeout: 180_000 });

const APPS_CALLS = "/api/v1/datasets/app-rankings";

type Row = {
  app_id: number;
  app_name: string;
  rank: number;
  total_requests: number;
  total_tokens: string;
};
type Answer = {
  citation: string;
  as_of: string;
  source: string;
  start_date: string;
  end_date: string;
  sort: string;
  category: string | null;
  subcategory: string | null;
  rows: Row[];
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function dayBefore(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** What the fake upstream publishes for these parameters, names past 200 characters cut as the server cuts them. */
function published(params: Record<string, string>): Row[] {
  const answer = appRankingsAnswer(new URLSearchParams({ limit: "100", ...params }), new Date());
  return (answer.body as { data: Row[] }).data.map((row) => ({
    ...row,
    app_name: row.app_name.length > 200 ? `${row.app_name.slice(0, 199)}…` : row.app_name,
  }));
}

async function withAppsServer(
  name: string,
  steer: Record<string, unknown> | undefined,
  check: (server: RunningServer, upstream: FakeUpstream) => Promise<void>,
) {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  let server: RunningServer | undefined;
  try {
    if (steer) {
      await fetch(`${upstream.controlUrl}/apps`, { method: "POST", body: JSON.stringify(steer) });
    }
    server = await startNextServer(name, {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: storeDir(name),
      UPSTREAM_CALLS_PER_MINUTE: "2000",
      UPSTREAM_CALLS_PER_DAY: "100000",
    });
    await check(server, upstream);
  } finally {
    await server?.stop();
    await upstream.close();
  }
}

/** Waits for the backfill's last window: January 2025, popular, the entertainment group. */
async function backfilled(request: APIRequestContext, url: string) {
  await expect
    .poll(
      async () =>
        (
          await request.get(
            `${url}/api/apps?start_date=2025-01-01&end_date=2025-01-31&category=entertainment`,
          )
        ).status(),
      { timeout: 150_000, intervals: [1000] },
    )
    .toBe(200);
}

test("the apps job stores every planned window; /api/apps republishes them exactly, cited", async ({
  request,
  page,
}) => {
  await withAppsServer("apps-live", undefined, async (server, upstream) => {
    await backfilled(request, server.url);
    const calls = await upstreamCalls(upstream.controlUrl, APPS_CALLS);
    // 15 rolling windows by group, 15 trending, 15 subcategories, 30 windows before them, and
    // 5 groups for each completed month since January 2025.
    const last = dayBefore(today());
    // Every month before today's is complete (the last completed day is yesterday).
    const months = (Number(today().slice(0, 4)) - 2025) * 12 + Number(today().slice(5, 7)) - 1;
    expect(calls.length).toBe(75 + 5 * months);

    // The default: the last 30 days of all apps, rows exactly as upstream sent them.
    const answer = (await (await request.get(`${server.url}/api/apps`)).json()) as Answer;
    const start = dayBefore(last, 29);
    expect(answer).toMatchObject({
      citation: `Source: OpenRouter (openrouter.ai/apps), as of ${today()}.`,
      source: "live",
      start_date: start,
      end_date: last,
      sort: "popular",
      category: null,
      subcategory: null,
    });
    expect(answer.rows).toEqual(published({ start_date: start, end_date: last }));
    expect(answer.rows).toHaveLength(100);
    // A total past 2^53 stays exact: a decimal string, never a float.
    const huge = answer.rows.find((row) => row.app_id === HUGE_APP_ID);
    expect(BigInt(huge?.total_tokens ?? "0") > 2n ** 53n).toBe(true);
    expect(answer.rows.find((row) => row.app_id === LONG_APP_ID)?.app_name).toHaveLength(200);

    // Upstream's parameters: a subcategory, trending, a month; CSV with the citation on every row.
    const cli = (await (
      await request.get(`${server.url}/api/apps?subcategory=cli-agent&category=coding`)
    ).json()) as Answer;
    expect(cli.rows).toEqual(
      published({ start_date: start, end_date: last, subcategory: "cli-agent" }),
    );
    expect(cli).toMatchObject({ category: "coding", subcategory: "cli-agent" });
    const trending = (await (
      await request.get(`${server.url}/api/apps?sort=trending&category=coding`)
    ).json()) as Answer;
    expect(trending.rows).toEqual(
      published({ start_date: start, end_date: last, sort: "trending", category: "coding" }),
    );
    const month = await request.get(
      `${server.url}/api/apps?start_date=2026-03-01&end_date=2026-03-31&format=csv`,
    );
    expect(month.headers()["content-type"]).toContain("text/csv");
    const { header, records } = parseStrictCsv(await month.text());
    expect(header).toEqual([
      "app_id",
      "app_name",
      "rank",
      "total_requests",
      "total_tokens",
      "start_date",
      "end_date",
      "citation",
    ]);
    const march = published({ start_date: "2026-03-01", end_date: "2026-03-31" });
    expect(records.map((record) => record[4])).toEqual(march.map((row) => row.total_tokens));
    expect(records.every((record) => record[7] === answer.citation)).toBe(true);

    // What upstream refuses, refused the same way; a window not stored, said so with what is.
    const mismatch = await request.get(
      `${server.url}/api/apps?subcategory=cli-agent&category=creative`,
    );
    expect(mismatch.status()).toBe(400);
    expect((await mismatch.json()).error.message).toBe(
      "subcategory cli-agent is not in category creative (it is in coding).",
    );
    const missing = await request.get(
      `${server.url}/api/apps?start_date=2026-03-02&end_date=2026-03-31`,
    );
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toContain("2026-03-01/2026-03-31");
    const etag = (await request.get(`${server.url}/api/apps`)).headers().etag ?? "";
    const again = await request.get(`${server.url}/api/apps`, {
      headers: { "If-None-Match": etag },
    });
    expect(again.status()).toBe(304);

    // The page: the same rows, exact counts, names as text, rank changes, the coding chart.
    await page.goto(`${server.url}/apps`);
    await expect(page.getByRole("heading", { name: "Top apps", level: 1 })).toBeVisible();
    const table = page.getByTestId("apps-table");
    await expect(table.locator("tbody tr")).toHaveCount(100);
    const first = answer.rows[0];
    const firstRow = table.locator(`tr[data-app-id="${first?.app_id}"]`);
    await expect(firstRow.locator("td[data-tokens]")).toHaveText(
      BigInt(first?.total_tokens ?? "0").toLocaleString("en-US"),
    );
    await expect(table.locator(`tr[data-app-id="${HOSTILE_APP_ID}"] th`)).toContainText(
      HOSTILE_APP,
    );
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    expect(await table.getByTestId("rank-change").allTextContents()).not.toContain("–");
    await expect(page.getByTestId("coding-shares")).toContainText("Other ranked coding apps");
    await expect(page.getByTestId("coding-shares-citation")).toHaveText(answer.citation);
    await expect(page.getByTestId("citation")).toHaveText(answer.citation);
    await expect(page.getByTestId("apps-csv")).toHaveAttribute(
      "href",
      `/api/apps?start_date=${start}&end_date=${last}&format=csv`,
    );

    // "Use this data": the same rows in a notebook, the token counts exact.
    const panel = page.getByTestId("use-this-data");
    await panel.locator("summary").click();
    const dataUrl = `${server.url}/api/apps?start_date=${start}&end_date=${last}&format=csv`;
    await expect(panel.getByTestId("data-url")).toHaveText(dataUrl);
    await expect(panel.locator('pre[data-language="python"]')).toContainText(
      `pd.read_csv("${dataUrl}", parse_dates=["start_date", "end_date"], dtype={"total_tokens": "int64"})`,
    );
    await panel.locator("summary").click();

    // The form, without JavaScript's help: a subcategory, trending, a permalink.
    await page
      .getByRole("form", { name: "Choose the apps shown" })
      .getByLabel("Apps")
      .selectOption("cli-agent");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/scope=cli-agent/);
    await expect(table.locator("tbody tr")).toHaveCount(cli.rows.length);
    await page.goto(`${server.url}/apps?window=2026-03`);
    await expect(table.locator("tbody tr").first()).toHaveAttribute(
      "data-app-id",
      String(march[0]?.app_id),
    );
    await page.goto(`${server.url}/apps?window=2026-03&scope=cli-agent`);
    await expect(page.getByTestId("apps-not-stored")).toContainText(
      "Stored for this choice: Last 30 days",
    );

    // A programming task's drill-down leads to the coding apps.
    await page.goto(`${server.url}/tags/code%3Ageneral_impl`);
    await page.getByTestId("coding-apps-link").getByRole("link").click();
    await expect(page).toHaveURL(`${server.url}/apps?scope=coding`);
    await expect(table.locator("tbody tr")).toHaveCount(
      published({ start_date: start, end_date: last, category: "coding" }).length,
    );

    // Each month's new #1 app of a group: on /changes for the latest month, in the feed for a year.
    const monthsBack = (count: number) =>
      Array.from({ length: count }, (_, index) => {
        const first = new Date(Date.parse(`${today().slice(0, 7)}-01T00:00:00Z`));
        first.setUTCMonth(first.getUTCMonth() - count + index);
        const end = new Date(first);
        end.setUTCMonth(end.getUTCMonth() + 1);
        end.setUTCDate(0);
        return {
          month: first.toISOString().slice(0, 7),
          start: first.toISOString().slice(0, 10),
          end: end.toISOString().slice(0, 10),
        };
      });
    const leaderIds = ["all", "coding", "creative", "productivity", "entertainment"].flatMap(
      (scope) => {
        const leaders = monthsBack(13).map(({ month, start: from, end: to }) => ({
          month,
          leader: published({
            start_date: from,
            end_date: to,
            ...(scope === "all" ? {} : { category: scope }),
          })[0]?.app_id,
        }));
        return leaders.flatMap((current, index) =>
          index > 0 && current.leader !== leaders[index - 1]?.leader
            ? [`urn:task-share:apps:${scope}:${current.month}`]
            : [],
        );
      },
    );
    const feed = await (await request.get(`${server.url}/feed.xml`)).text();
    const ids = [...feed.matchAll(/<id>(urn:task-share:apps:[^<]+)<\/id>/g)].map(
      (match) => match[1],
    );
    expect(ids.sort()).toEqual(leaderIds.sort());
    const latestMonth = monthsBack(1)[0]?.month ?? "";
    await page.goto(`${server.url}/changes`);
    const leadersCard = page.getByTestId("app-leaders");
    const latestChanges = leaderIds.filter((id) => id.endsWith(latestMonth));
    await expect(leadersCard.locator("li")).toHaveCount(Math.max(latestChanges.length, 1));

    // Views read the store: no call to upstream for any of them.
    expect((await upstreamCalls(upstream.controlUrl, APPS_CALLS)).length).toBe(calls.length);
  });
});

test("a failing app-rankings dataset: a notice on /apps and a 503 on its API, nothing else", async ({
  page,
  request,
}) => {
  await withAppsServer(
    "apps-failing",
    { fault: { status: 500, body: '{"error":{"code":500,"message":"boom"}}' } },
    async (server) => {
      await expect
        .poll(
          async () => {
            await page.goto(`${server.url}/apps`);
            return page.getByTestId("apps-notice").textContent();
          },
          { timeout: 60_000 },
        )
        .toContain("The app rankings are unavailable");
      const response = await request.get(`${server.url}/api/apps`);
      expect(response.status()).toBe(503);
      expect(response.headers()["retry-after"]).toBe("60");
      const overview = await request.get(`${server.url}/`);
      expect(overview.status()).toBe(200);
      expect(await overview.text()).not.toContain("app rankings are unavailable");
    },
  );
});

test("sample mode: generated apps, labelled as the sample on the page and in the files", async ({
  page,
  request,
}) => {
  await page.goto(`${sample.url}/apps`);
  await expect(page.getByTestId("apps-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByText(/illustrative sample apps generated by Task Share/)).toBeVisible();
  await expect(page.getByTestId("citation")).toHaveText(
    /^Illustrative sample data generated by Task Share, not OpenRouter's figures/,
  );
  const answer = (await (await request.get(`${sample.url}/api/apps`)).json()) as Answer;
  expect(answer.source).toBe("sample");
  expect(answer.citation).toMatch(/^Illustrative sample data/);
  expect(answer.rows.length).toBeGreaterThan(0);
  expect(answer.rows.every((row) => row.app_name.startsWith("Sample "))).toBe(true);

  // The embeddable twin: the same table without the controls, cited as the apps' dataset.
  await page.goto(`${sample.url}/embed/apps?scope=coding`);
  await expect(page.getByTestId("apps-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("form", { name: "Choose the apps shown" })).toHaveCount(0);
  await expect(page.getByTestId("citation")).toHaveText(answer.citation);
  await expect(page.getByRole("link", { name: /Open in Task Share/ })).toHaveAttribute(
    "href",
    "/apps?scope=coding",
  );

  // A link to a view previews that view: its window, group and order, as a picture.
  await page.goto(`${sample.url}/apps?scope=coding&sort=trending`);
  await expect(page.locator("meta[property='og:image']")).toHaveAttribute(
    "content",
    `${sample.url}/apps/preview?scope=coding&sort=trending`,
  );
  const preview = await request.get(`${sample.url}/apps/preview?scope=coding&sort=trending`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/png");
  expect((await preview.body()).length).toBeGreaterThan(10_000);
});
