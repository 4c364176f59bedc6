import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

import { downloadChart } from "../support/download";
import { drawnColumns } from "../support/drawn-columns";
import { shownAs } from "../support/fake-catalogue";
import { readFixture } from "../support/fake-upstream";
import { history, live, sample } from "./servers";

// The history server's store was seeded by `npm run import` (see global-setup.ts) with
// 2026-11-14, -15, -16, -18 and -21; 17, 19 and 20 are missing. Between 11-18 and 11-21:
// Code Generation 18.0% → 18.4% of requests (25.0% → 26.1% of tokens), Debugging 16.0% → 15.6%,
// Translation appears, DevOps disappears, the Code category 43.0% → 44.7%.

const citation = (asOf: string) => `Source: OpenRouter (openrouter.ai/rankings), as of ${asOf}.`;
const fixture = (asOf: string) =>
  JSON.parse(
    readFixture(asOf === "2026-11-21" ? "upstream-2026-11-21.json" : `upstream-${asOf}.json`),
  );
const historyFixture = (asOf: string) =>
  asOf === "2026-11-21"
    ? fixture(asOf)
    : JSON.parse(readFixtureIn("history", `upstream-${asOf}.json`));

function readFixtureIn(folder: string, name: string): string {
  // readFixture only reads the top folder of tests/fixtures, by design.
  return readFileSync(path.join(__dirname, "..", "fixtures", folder, name), "utf8");
}

// Pages here carry several charts and the machine running the suite may be busy.
test.describe.configure({ timeout: 60_000 });

const row = (page: Page, tag: string) => page.locator(`tr[data-tag="${tag}"]`);

test.describe("changes since an earlier snapshot", () => {
  test("the overview shows each tag's change in pp, with the right sign, arrows and markers", async ({
    page,
  }) => {
    await page.goto(history.url);
    await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
    await expect(page.getByTestId("comparison")).toHaveText(
      "Changes in percentage points (pp) since 2026-11-18 (3 days earlier).",
    );
    await expect(row(page, "code:general_impl").locator("td")).toHaveText([
      "Code",
      "18.4%",
      "▲+0.4 pp",
      "26.1%",
      "▲+1.1 pp",
      "1.42×",
      "41.2%",
      "44.0%",
      "",
    ]);
    const general = row(page, "code:general_impl").locator(
      '[data-change="usage"] [data-testid="delta"]',
    );
    await expect(general).toHaveAttribute("data-direction", "up");
    const debugging = row(page, "code:debugging").locator(
      '[data-change="usage"] [data-testid="delta"]',
    );
    await expect(debugging).toHaveText("▼-0.4 pp");
    await expect(debugging).toHaveAttribute("data-direction", "down");
    // The arrow is in the page (for sighted readers), hidden from screen readers.
    await expect(debugging.locator("[aria-hidden]")).toHaveText("▼");
    await expect(row(page, "translation").locator('[data-change="usage"]')).toHaveText("New");
    await expect(row(page, "roleplay_fiction").locator('[data-change="usage"]')).toHaveText(
      "0.0 pp",
    );
    await expect(page.getByTestId("dropped")).toContainText("No longer listed since 2026-11-18");
    await expect(page.getByTestId("dropped")).toContainText(
      "DevOps, then 1.2% of requests and 0.9% of tokens",
    );

    // The same changes label the bars (only what moved), and the macro legends carry theirs.
    const labels = page.getByTestId("tag-bars").locator("text[data-note]");
    await expect(labels.filter({ hasText: "▲ +0.4 pp" })).toHaveCount(1);
    await expect(labels.filter({ hasText: "▲ +1.1 pp" })).toHaveCount(1);
    await expect(labels.filter({ hasText: "▼ -0.4 pp" })).toHaveCount(1);
    await expect(labels.filter({ hasText: "new" })).toHaveCount(2);
    await expect(
      page.getByRole("list", { name: "Share of requests legend" }).getByRole("listitem").first(),
    ).toHaveText("Code44.7%▲+1.7 pp");
  });

  test("7 days back is exact, 30 days is offered only when stored, and the choice is in the URL", async ({
    page,
  }) => {
    await page.goto(history.url);
    const compare = page.getByRole("navigation", { name: "Compare with" });
    await expect(compare.locator('[aria-disabled="true"]')).toHaveText(
      "30 days (no snapshot stored 30 days earlier)",
    );
    await compare.getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(`${history.url}/?vs=7d`);
    await expect(page.getByTestId("comparison")).toHaveText(
      "Changes in percentage points (pp) since 2026-11-14 (7 days earlier).",
    );
    await expect(row(page, "code:general_impl").locator("[data-change]")).toHaveText([
      "▲+1.9 pp",
      "▲+2.1 pp",
    ]);
    // Sorting keeps the comparison.
    await page
      .getByRole("navigation", { name: "Sort tasks" })
      .getByRole("link", { name: "Name" })
      .click();
    await expect(page).toHaveURL(`${history.url}/?sort=name&vs=7d`);

    await page.goto(`${history.url}/?vs=30d`);
    await expect(page.getByRole("status").filter({ hasText: "30 days" })).toHaveText(
      "No snapshot is stored about 30 days before 2026-11-21; changes are shown since the previous snapshot instead.",
    );
    await expect(row(page, "code:general_impl").locator("[data-change]").first()).toHaveText(
      "▲+0.4 pp",
    );
  });

  test("the drill-down shows the tag's change and each model's, new entrants and drop-outs marked", async ({
    page,
  }) => {
    await page.goto(`${history.url}/tags/code%3Ageneral_impl`);
    await expect(page.getByTestId("stat-change-usage")).toHaveText("▲+0.4 pp since 2026-11-18");
    await expect(page.getByTestId("stat-change-tokens")).toHaveText("▲+1.1 pp since 2026-11-18");
    const models = page.getByTestId("model-table").locator("tbody tr");
    await expect(models.nth(0).locator("td, th")).toHaveText([
      "1",
      shownAs("anthropic/claude-opus-5.5-20260921"),
      "21.4%",
      "▲+1.4 pp",
      "26.3%",
      "▲+1.3 pp",
    ]);
    await expect(models.nth(1).locator("[data-change]")).toHaveText(["0.0 pp", "0.0 pp"]);
    await expect(models.nth(2).locator("[data-change]")).toHaveText(["New", "New"]);
    await expect(page.getByTestId("dropped")).toContainText(
      "mistralai/mixtral-9x22b-20251104, then 5.0% of requests and 4.0% of tokens",
    );
    await expect(
      page.getByTestId("model-bars").locator("text[data-note]", { hasText: "▲ +1.4 pp" }),
    ).toHaveCount(1);
  });
});

test.describe("trends", () => {
  test("the drill-down draws every stored day, leaves missing days as gaps, and lists the numbers", async ({
    page,
  }) => {
    await page.goto(`${history.url}/tags/code%3Ageneral_impl`);
    const trend = page.getByTestId("tag-trend");
    await expect(trend).toHaveAccessibleName(
      "Line chart of Code Generation's usage share and token share per day, 2026-11-14 to 2026-11-21, with gaps on 3 days without a stored snapshot. The table below lists the same numbers.",
    );
    // Two lines, a dot per stored day each: 5 days, not the 8 calendar days.
    await expect(trend.locator("circle[data-point]")).toHaveCount(10);
    // The usage line breaks at the gaps: 14–16 joined, 18 and 21 alone (never a line 16→18).
    const path = await trend.locator("path[data-series]").first().getAttribute("d");
    expect(path?.match(/M/g)?.length).toBe(3);

    await page.getByText("Show the numbers (5 days)").click();
    const rows = page.getByTestId("trend-table").locator("tbody tr");
    await expect(rows.locator("th")).toHaveText([
      "2026-11-21",
      "2026-11-18",
      "2026-11-16",
      "2026-11-15",
      "2026-11-14",
    ]);
    await expect(rows.nth(1).locator("td")).toHaveText(["18.0%", "25.0%"]);
  });

  test("the trend downloads as a cited picture and as CSV of every day, gaps as empty shares", async ({
    page,
  }) => {
    await page.goto(`${history.url}/tags/code%3Ageneral_impl`);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");

    const svg = await downloadChart(page, "Code Generation over time", "svg");
    expect(svg.name).toBe("task-share-trend-code-general-impl-2026-11-21.svg");
    const markup = svg.bytes.toString("utf8");
    expect(markup).toContain(">Code Generation over time</text>");
    expect(markup).toContain(
      ">Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.</text>",
    );
    expect(markup).toContain(`>${history.url}/tags/code%3Ageneral_impl?as_of=2026-11-21</text>`);
    expect(markup).toContain(">Usage share</text>");

    const csv = await downloadChart(page, "Code Generation over time", "csv");
    const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.as_of)).toEqual([
      "2026-11-14",
      "2026-11-15",
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
    ]);
    expect(parsed.data[3]).toEqual({
      as_of: "2026-11-17",
      tag: "code:general_impl",
      usage_share: "",
      token_share: "",
      // Each row cites its own day (issue 30).
      citation: "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-17.",
    });
    expect(parsed.data[4]).toMatchObject({ usage_share: "0.18", token_share: "0.25" });
  });

  test("the overview has a sparkline per tag and the macro-categories per day, gaps empty", async ({
    page,
  }) => {
    await page.goto(history.url);
    await expect(page.getByTestId("sparkline")).toHaveCount(10);
    await expect(row(page, "code:general_impl").getByTestId("sparkline")).toHaveAccessibleName(
      "Code Generation: usage share 16.5% on 2026-11-14, 18.4% on 2026-11-21; drawn on the column's shared scale, 0.0% to 19.0%",
    );
    // 14–16 one stretch of line; 18 and 21 lone days drawn as dots.
    const spark = row(page, "code:general_impl").getByTestId("sparkline");
    await expect(spark.locator("path")).toHaveAttribute("d", /^M[^M]*$/);
    const usage = page.getByTestId("macro-trend-usage");
    // 5 categories × 5 stored days; the 3 missing days draw nothing.
    await expect(usage.locator("path[data-series]")).toHaveCount(5);
    expect(await drawnColumns(usage)).toBe(25);
    await expect(page.getByText("3 days not stored, left as gaps")).toBeVisible();
  });

  test("with one snapshot stored, views say history starts there instead of empty charts", async ({
    page,
  }) => {
    await page.goto(live.url);
    await expect(page.getByTestId("no-history").first()).toHaveText(
      "History starts on 2026-11-21: only one snapshot is stored so far. Trends over time appear here once a second day is stored.",
    );
    await expect(page.getByTestId("sparkline")).toHaveCount(0);
    await expect(page.locator("[data-change]")).toHaveCount(0);
    await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
    await expect(page.getByTestId("no-history")).toHaveText(
      "History starts on 2026-11-21: only one snapshot is stored so far. Its trend appears here once a second day is stored.",
    );
    await expect(page.getByTestId("tag-trend")).toHaveCount(0);
  });

  test("the sample has weeks of history for a newcomer with no key", async ({ page }) => {
    await page.goto(sample.url);
    await expect(page.getByTestId("sparkline")).toHaveCount(30);
    expect(await drawnColumns(page.getByTestId("macro-trend-usage"))).toBeGreaterThan(0);
    await page.getByTestId("date-picker").locator("summary").click();
    await expect(
      page.getByRole("navigation", { name: "Stored snapshot dates" }).getByRole("link"),
    ).toHaveCount(39);
    await page.goto(`${sample.url}/tags/code%3Ageneral_impl`);
    await expect(page.getByTestId("tag-trend").locator("path[data-series]")).toHaveCount(2);
  });
});

test.describe("pinned dates", () => {
  test("?as_of= shows the stored snapshot exactly as it was, with its own citation date", async ({
    page,
  }) => {
    const response = await page.goto(`${history.url}/?as_of=2026-11-18`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("as-of")).toHaveText("2026-11-18");
    await expect(page.getByTestId("citation")).toHaveText(citation("2026-11-18"));
    await expect(page.getByTestId("pinned-banner")).toContainText("Pinned to 2026-11-18");
    await expect(row(page, "code:general_impl").locator("td").nth(1)).toHaveText("18.0%");
    await expect(row(page, "devops").locator("td").nth(1)).toHaveText("1.2%");
    await expect(row(page, "translation")).toHaveCount(0);
    // Its changes and trends end on that day too.
    await expect(page.getByTestId("comparison")).toContainText("since 2026-11-16 (2 days earlier)");
    await expect(row(page, "code:general_impl").getByTestId("sparkline")).toHaveAccessibleName(
      "Code Generation: usage share 16.5% on 2026-11-14, 18.0% on 2026-11-18; drawn on the column's shared scale, 0.0% to 19.0%",
    );

    // Links keep the pin; "View latest" leaves it.
    await row(page, "code:general_impl").getByRole("link", { name: "Code Generation" }).click();
    await expect(page).toHaveURL(`${history.url}/tags/code%3Ageneral_impl?as_of=2026-11-18`);
    await expect(page.getByTestId("tag-stats").locator("dd.text-2xl").first()).toHaveText("18.0%");
    await expect(page.getByTestId("citation")).toHaveText(citation("2026-11-18"));
    // The trend card has one download menu, the API's full-history CSV inside it.
    const trend = page.locator("section", { has: page.locator("#trend-title") });
    await expect(trend.getByRole("button", { name: /^Download / })).toHaveCount(1);
    await trend.getByRole("button", { name: "Download Code Generation over time" }).click();
    await expect(trend.getByRole("link", { name: /Full history CSV/ })).toHaveAttribute(
      "href",
      "/api/history?tag=code%3Ageneral_impl&as_of=2026-11-18&format=csv",
    );
    await expect(trend.getByRole("button", { name: /CSV data/ })).toBeVisible();
    await page.getByRole("link", { name: "View latest" }).click();
    await expect(page).toHaveURL(`${history.url}/tags/code%3Ageneral_impl`);
    await expect(page.getByTestId("citation")).toHaveText(citation("2026-11-21"));
  });

  test("the date picker lists every stored date and the permalink pins the date shown", async ({
    page,
  }) => {
    await page.goto(history.url);
    await expect(page.getByTestId("permalink")).toHaveAttribute("href", "/?as_of=2026-11-21");
    await page.getByTestId("date-picker").locator("summary").click();
    const dates = page.getByRole("navigation", { name: "Stored snapshot dates" }).getByRole("link");
    await expect(dates).toHaveText([
      "2026-11-21 · latest",
      "2026-11-18",
      "2026-11-16",
      "2026-11-15",
      "2026-11-14",
    ]);
    await dates.filter({ hasText: "2026-11-15" }).click();
    await expect(page).toHaveURL(`${history.url}/?as_of=2026-11-15`);
    await expect(page.getByTestId("as-of")).toHaveText("2026-11-15");
  });

  test("the date picker closes on a choice, on Escape and on a click elsewhere", async ({
    page,
  }) => {
    await page.goto(history.url);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    const picker = page.getByTestId("date-picker");
    const button = picker.locator("summary");
    const dates = picker.getByRole("navigation", { name: "Stored snapshot dates" });

    await button.click();
    await expect(dates).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dates).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await expect(dates).toBeVisible();
    // Anywhere outside the open menu (which covers what is under it).
    await page.getByTestId("citation").click();
    await expect(dates).toBeHidden();

    await button.click();
    await dates.getByRole("link", { name: "2026-11-16" }).click();
    await expect(page).toHaveURL(`${history.url}/?as_of=2026-11-16`);
    await expect(button).toContainText("2026-11-16");
    await expect(dates).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("a section is prefetched when pointed at; the permalink, the view already shown, never", async ({
    page,
  }) => {
    const prefetched: string[] = [];
    page.on("request", (request) => {
      if (!request.headers()["next-router-prefetch"]) return;
      const { pathname, search } = new URL(request.url());
      prefetched.push(pathname + search);
    });
    await page.goto(history.url);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    await page.getByTestId("permalink").hover();
    // Nothing is fetched ahead while the page loads: only what the pointer reaches.
    await page
      .getByRole("navigation", { name: "Site" })
      .getByRole("link", { name: "Providers" })
      .hover();
    await expect.poll(() => prefetched.some((url) => url.startsWith("/providers"))).toBe(true);
    expect(prefetched.filter((url) => !url.startsWith("/providers"))).toEqual([]);
  });

  test("an unknown date is a 404 offering the nearest stored dates", async ({ page }) => {
    const response = await page.goto(`${history.url}/tags/code%3Ageneral_impl?as_of=2026-11-20`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "No snapshot is stored for 2026-11-20",
    );
    const nearest = page.getByTestId("nearest-dates").getByRole("link");
    await expect(nearest).toHaveText(["2026-11-16", "2026-11-18", "2026-11-21"]);
    await nearest.filter({ hasText: "2026-11-18" }).click();
    await expect(page).toHaveURL(`${history.url}/tags/code%3Ageneral_impl?as_of=2026-11-18`);
    await expect(page.getByTestId("as-of")).toHaveText("2026-11-18");
  });

  test("a malformed date falls back to the latest snapshot with a visible notice", async ({
    page,
  }) => {
    const response = await page.goto(`${history.url}/?as_of=yesterday`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveText(
      "Ignored unknown view setting as_of=yesterday; showing the default instead.",
    );
    await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
  });
});

test.describe("history API", () => {
  test("GET /api/classifications?as_of= returns the stored day unchanged, or 404 / 400", async ({
    request,
  }) => {
    const body = await (
      await request.get(`${history.url}/api/classifications?as_of=2026-11-18`)
    ).json();
    expect(body.data).toEqual(historyFixture("2026-11-18").data);
    expect(body.citation).toBe(citation("2026-11-18"));

    const missing = await request.get(`${history.url}/api/classifications?as_of=2026-11-17`);
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({
      error: {
        code: 404,
        message: "No snapshot is stored for 2026-11-17.",
        nearest_dates: ["2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"],
      },
    });
    const bad = await request.get(`${history.url}/api/classifications?as_of=2026-11-31`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toBe(
      'as_of must be a date as YYYY-MM-DD, not "2026-11-31".',
    );
  });

  test("GET /api/history?tag= matches the stored values exactly, as JSON and as CSV", async ({
    request,
  }) => {
    const dates = ["2026-11-14", "2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"];
    const stored = dates.map((asOf) => {
      const item = historyFixture(asOf).data.classifications.find(
        (candidate: { tag: string }) => candidate.tag === "code:general_impl",
      );
      return { asOf, item };
    });

    const json = await (
      await request.get(`${history.url}/api/history?tag=${encodeURIComponent("code:general_impl")}`)
    ).json();
    expect(json.tag).toBe("code:general_impl");
    expect(json.citation).toBe(citation("2026-11-21"));
    // The newest day's source: imported by global-setup, live once the server has fetched it.
    expect(["imported", "live"]).toContain(json.source);
    expect(json.points.map((point: { as_of: string }) => point.as_of)).toEqual(dates);
    json.points.forEach((point: Record<string, unknown>, index: number) => {
      const { item } = stored[index] ?? {};
      expect(point.usage_share).toBe(item.usage_share);
      expect(point.token_share).toBe(item.token_share);
      expect(point.category_usage_share).toBe(item.category_usage_share);
      expect(point.models).toEqual(item.models);
    });

    const csvResponse = await request.get(
      `${history.url}/api/history?tag=code%3Ageneral_impl&format=csv&as_of=2026-11-16`,
    );
    expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csvResponse.headers()["content-disposition"]).toBe(
      'attachment; filename="task-share-code_general_impl-to-2026-11-16.csv"',
    );
    const csv = Papa.parse<Record<string, string>>((await csvResponse.text()).trim(), {
      header: true,
    });
    expect(
      csv.data.map((line) => [
        line.as_of,
        Number(line.usage_share),
        Number(line.token_share),
        line.citation,
      ]),
    ).toEqual(
      stored
        .slice(0, 3)
        .map(({ asOf, item }) => [asOf, item.usage_share, item.token_share, citation(asOf)]),
    );
  });

  test("GET /api/history rejects what it cannot answer with a clear 4xx", async ({ request }) => {
    const cases = [
      { query: "", status: 400, message: "tag is required, e.g. ?tag=code%3Ageneral_impl." },
      {
        query: "?tag=translation&format=xml",
        status: 400,
        message: 'format must be json or csv, not "xml".',
      },
      { query: "?tag=nope", status: 404, message: 'No stored snapshot lists the task "nope".' },
      {
        query: "?tag=translation&as_of=2026-11-19",
        status: 404,
        message: "No snapshot is stored for 2026-11-19.",
      },
      {
        query: "?tag=translation&since=1",
        status: 400,
        message: "Unknown query parameter since (accepted: tag, as_of, format).",
      },
    ];
    for (const { query, status, message } of cases) {
      const response = await request.get(`${history.url}/api/history${query}`);
      expect(response.status(), query).toBe(status);
      expect((await response.json()).error.message, query).toBe(message);
    }
  });
});
