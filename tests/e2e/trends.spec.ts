import { expect, test } from "@playwright/test";
import Papa from "papaparse";

import { addDays, attributionFor, RANKINGS_CATEGORIES, type RankingsRow } from "../../lib/model";
import { formatExactTokens, formatPercent, formatShortDate, formatTokens } from "../../lib/format";
import { categoryLabel, rankingsOrigin, RANKINGS_LABELS } from "../../lib/glossary/rankings";
import { categoryShares } from "../../lib/derive/trends/category-shares";
import { exactShare } from "../../lib/derive/trends/exact-share";
import { concentration, groupRankings } from "../../lib/derive/trends/group-rankings";
import { catalogueName } from "../support/fake-catalogue";
import { FAKE_VERSIONS } from "../support/fake-rankings";
import { downloadChart } from "../support/download";
import { decodePng } from "../support/png";
import { SAMPLE_AS_OF, sampleNames, sampleRows } from "../support/sample-rankings";
import { showNumbers } from "../support/show-numbers";
import { edge, live, sample } from "./servers";

// The long-run trends views on the sample server, whose rankings are generated deterministically:
// every number expected here is computed from the same generator through the same derive
// functions, then formatted as the page formats it.

const SAMPLE_CITATION = attributionFor(SAMPLE_AS_OF, "sample");

/** The cells of a table's newest row (tables list the newest first). */
async function newestRow(page: import("@playwright/test").Page, tableId: string) {
  const table = await showNumbers(page, tableId);
  return table.locator("tbody tr").first().locator("th, td").allInnerTexts();
}

test("/trends shows the sample's tokens by model per week, as shares, with exact figures", async ({
  page,
}) => {
  await page.goto(`${sample.url}/trends`);
  await expect(page.getByRole("heading", { level: 1, name: "Long-run trends" })).toBeVisible();
  const rows = sampleRows("week");
  const weeks = concentration(rows, "week").points;
  const last = weeks.at(-1);
  if (!last) throw new Error("the sample has no weeks");
  const total = weeks.reduce((sum, point) => sum + point.total, 0n);

  await expect(page.getByTestId("stat-total")).toContainText(formatTokens(total));
  await expect(page.getByTestId("stat-total")).toContainText(formatExactTokens(total));
  await expect(page.getByTestId("stat-latest")).toContainText(formatTokens(last.total));
  await expect(page.getByTestId("stat-top50")).toContainText(
    formatPercent(exactShare(last.values[0] ?? 0n, last.total)),
  );

  const volume = groupRankings(rows, "week", "model", 8, sampleNames.model);
  await expect(page.getByTestId("trend-volume-legend").locator("li")).toHaveText(
    volume.series.map((item) => item.label),
  );
  const newest = volume.points.at(-1);
  if (!newest) throw new Error("no newest week");
  const cells = await newestRow(page, "trend-volume-table");
  // The newest week is not over: it is labelled by the days it counts, as partial (issue 30).
  expect(cells).toEqual([
    `${formatShortDate(newest.date, true)} – ${formatShortDate(SAMPLE_AS_OF, true)} (partial)`,
    ...newest.values.map((value) =>
      value === null ? "–" : formatPercent(exactShare(value, newest.total)),
    ),
    formatExactTokens(newest.total),
  ]);

  // The honest labels, and the dataset's date in the citation (sample: the sample label).
  await expect(page.getByTestId("rankings-caveats")).toContainText(RANKINGS_LABELS.tokenizers);
  await expect(page.getByTestId("citation")).toHaveText(SAMPLE_CITATION);
  await expect(
    page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Trends" }),
  ).toHaveAttribute("aria-current", "page");
});

test("the page names the latest complete week's leader, with its exact share of all tokens", async ({
  page,
}) => {
  // /trends runs to the sample's day, a Saturday: the last complete week is the one before.
  const weeks = sampleRows("week");
  const latest = [...new Set(weeks.map((row) => row.date))]
    .filter((date) => addDays(date, 6) <= SAMPLE_AS_OF)
    .sort()
    .at(-1);
  const rows = weeks.filter((row) => row.date === latest);
  const total = rows.reduce((sum, row) => sum + row.totalTokens, 0n);
  const [leader] = rows
    .filter((row) => row.model !== "other")
    .sort((a, b) => (a.totalTokens > b.totalTokens ? -1 : 1));
  if (!latest || !leader) throw new Error("the sample has no complete week");
  const share = formatPercent(exactShare(leader.totalTokens, total));

  await page.goto(`${sample.url}/trends`);
  await expect(page.getByTestId("trend-leader")).toContainText(
    `${sampleNames.model(leader.model)} led the week of ${formatShortDate(latest, true)} with ${share} of all tokens`,
  );
  await page.goto(`${sample.url}/trends?by=provider`);
  await expect(page.getByTestId("trend-leader")).toContainText(
    `led the week of ${formatShortDate(latest, true)} with`,
  );
  await page.goto(`${sample.url}/trends?by=weights`);
  await expect(page.getByTestId("trends-stats")).toBeVisible();
  await expect(page.getByTestId("trend-leader")).toHaveCount(0);
});

test("a permalink holds the whole view: grouping, period, range and measure", async ({ page }) => {
  const url = `${sample.url}/trends?by=provider&period=month&from=2025-06-01&to=2025-12-31&measure=tokens`;
  await page.goto(url);
  for (const [group, choice] of [
    ["Group by", "Providers"],
    ["Period", "Month"],
    ["Measure", "Tokens"],
  ] as const) {
    await expect(
      page
        .getByRole("navigation", { name: group })
        .getByRole("link", { name: choice, exact: true }),
    ).toHaveAttribute("aria-current", "true");
  }
  await expect(page.getByLabel("From")).toHaveValue("2025-06-01");
  await expect(page.getByLabel("to", { exact: true })).toHaveValue("2025-12-31");

  const rows = sampleRows("month").filter(
    (row) => row.date >= "2025-06-01" && row.date <= "2025-12-31",
  );
  const table = groupRankings(rows, "month", "provider", 8, sampleNames.provider);
  await expect(page.getByTestId("trend-volume-legend").locator("li")).toHaveText(
    table.series.map((item) => item.label),
  );
  const december = table.points.at(-1);
  expect(december?.date).toBe("2025-12-01");
  const cells = await newestRow(page, "trend-volume-table");
  expect(cells).toEqual([
    "Dec 2025",
    ...(december?.values ?? []).map((value) => (value === null ? "–" : formatExactTokens(value))),
    formatExactTokens(december?.total ?? 0n),
  ]);
  await expect(page.locator("#trend-volume-table tbody tr")).toHaveCount(7);

  // Another setting keeps the rest of the view.
  await page
    .getByRole("navigation", { name: "Period" })
    .getByRole("link", { name: "Week" })
    .click();
  await expect(page).toHaveURL(/by=provider/);
  await expect(page).toHaveURL(/from=2025-06-01/);
  await expect(page).toHaveURL(/measure=tokens/);
  await expect(page).not.toHaveURL(/period=/);
});

test("settings the page cannot read are named, and the default is shown", async ({ page }) => {
  const response = await page.goto(
    `${sample.url}/trends?period=year&measure=pct&from=2025-09-01&to=2025-03-01`,
  );
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "Ignored" });
  await expect(notice).toContainText("period=year");
  await expect(notice).toContainText("measure=pct");
  await expect(notice).toContainText("to=2025-03-01 (before from)");
  await expect(
    page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "Week" }),
  ).toHaveAttribute("aria-current", "true");
});

test("dates outside the rankings say what the rankings cover", async ({ page }) => {
  // Plausible dates before the data begins (a future date is refused as a setting instead).
  await page.goto(`${sample.url}/trends?from=2024-01-01&to=2024-03-31`);
  // The data's real first and last day, not its first and last week's Mondays (issue 30).
  const days = sampleRows("day");
  await expect(page.getByTestId("rankings-notice")).toHaveText(
    `Nothing to show in these dates: the rankings cover ${days[0]?.date} to ${days.at(-1)?.date}.`,
  );
});

test("/trends/categories: each category's share of categorised tokens per week", async ({
  page,
}) => {
  await page.goto(`${sample.url}/trends/categories`);
  await expect(page.getByText(RANKINGS_LABELS.categoryShare).first()).toBeVisible();
  await expect(page.getByTestId("rankings-caveats")).toContainText(
    rankingsOrigin("sample").categories,
  );
  const table = categoryShares(
    RANKINGS_CATEGORIES.map((category) => ({
      category,
      label: categoryLabel(category),
      rows: sampleRows("week", category),
    })),
  );
  const newest = table.points.at(-1);
  if (!newest) throw new Error("no newest week");
  const cells = await newestRow(page, "trend-categories-table");
  expect(cells.slice(1)).toEqual([
    ...newest.values.map((value) => formatPercent(exactShare(value ?? 0n, newest.total))),
    formatExactTokens(newest.total),
  ]);

  await page
    .getByRole("navigation", { name: "Use-case category" })
    .getByRole("link", { name: "Programming" })
    .click();
  await expect(page).toHaveURL(/category=programming/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Programming: models and providers over time",
  );
  const byModel = groupRankings(
    sampleRows("week", "programming"),
    "week",
    "model",
    8,
    sampleNames.model,
  );
  await expect(page.getByTestId("trend-category-model-legend").locator("li")).toHaveText(
    byModel.series.map((item) => item.label),
  );
  await expect(page.getByTestId("trend-category-provider-chart")).toBeVisible();
});

test("exports carry the citation: pictures drawn from the page, data files from the server", async ({
  page,
  request,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${sample.url}/trends?period=month`);
  const svg = (await downloadChart(page, "Tokens by model", "svg")).bytes.toString("utf8");
  expect(svg).toContain(">Tokens by model</text>");
  expect(svg).toContain(`>${SAMPLE_CITATION.replaceAll("'", "&apos;")}</text>`);
  expect(svg).not.toContain("var(--");
  const png = decodePng((await downloadChart(page, "Tokens by model", "png")).bytes);
  expect(png.width).toBeGreaterThan(1000);

  await page.getByRole("button", { name: "Download Tokens by model" }).click();
  const href = await page.getByRole("link", { name: /CSV data/ }).getAttribute("href");
  const response = await request.get(`${sample.url}${href ?? ""}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain(".csv");
  const csv = Papa.parse<Record<string, string>>(await response.text(), {
    header: true,
    skipEmptyLines: true,
  });
  const months = concentration(sampleRows("month"), "month").points;
  // Every month, not only those drawn, with exact totals past 2^53-safe floats.
  expect(csv.data).toHaveLength(months.length);
  expect(csv.data.map((row) => row.total_tokens)).toEqual(
    months.map((point) => point.total.toString()),
  );
  expect(new Set(csv.data.map((row) => row.citation))).toEqual(new Set([SAMPLE_CITATION]));

  const json = await request.get(
    `${sample.url}${href?.replace("format=csv", "format=json") ?? ""}`,
  );
  const document = (await json.json()) as { citation: string; permalink: string };
  expect(document.citation).toBe(SAMPLE_CITATION);
  expect(document.permalink).toContain("/trends?period=month&from=");
});

test("embeds and link previews of the trends views", async ({ page, request }) => {
  await page.goto(`${sample.url}/embed/trends?by=provider`);
  await expect(page.getByRole("navigation", { name: "Site" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Period" })).toHaveCount(0);
  await expect(page.getByTestId("trend-volume-chart")).toBeVisible();
  await expect(page.getByTestId("citation")).toHaveText(SAMPLE_CITATION);
  await expect(page.getByRole("link", { name: /Open in Task Share/ })).toHaveAttribute(
    "href",
    /^\/trends\?by=provider&from=/,
  );
  await page.goto(`${sample.url}/embed/trends/categories?category=legal`);
  await expect(page.getByTestId("trend-category-model-chart")).toBeVisible();

  for (const path of ["/trends", "/trends/categories"]) {
    await page.goto(`${sample.url}${path}`);
    const image = await page.locator("meta[property='og:image']").getAttribute("content");
    expect(image).toBe(`${sample.url}${path}/preview`);
    const preview = await request.get(image ?? "");
    expect(preview.headers()["content-type"]).toBe("image/png");
    const png = decodePng(await preview.body());
    expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
  }
});

test("readable without JavaScript, and dark on request", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${sample.url}/trends?theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(14, 17, 23)",
  );
  await expect(page.getByTestId("trend-volume-chart").locator("path[data-series]")).toHaveCount(
    groupRankings(sampleRows("week"), "week", "model").series.length,
  );
  await page
    .getByText(/Show the numbers/)
    .first()
    .click();
  await expect(page.locator("#trend-volume-table")).toBeVisible();
  // The range form works as a plain GET.
  await page.getByLabel("From").fill("2026-01-05");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/from=2026-01-05/);
  await expect(page.getByTestId("stat-total")).toContainText("2026-01-05");
  await context.close();
});

test("tie-ins: a task's models link to their tokens per day; providers over time", async ({
  page,
}) => {
  await page.goto(`${sample.url}/tags/code%3Ageneral_impl`);
  const model = await page
    .getByTestId("model-table")
    .locator("tbody tr")
    .first()
    .getAttribute("data-model");
  await page
    .getByTestId("model-trend-links")
    .getByRole("link", { name: model ?? "" })
    .click();
  await expect(page).toHaveURL(/#trends$/);
  const days = sampleRows("day");
  const ranked = days.filter((item) => item.model === model).length;
  await expect(page.getByTestId("model-trend-chart")).toBeVisible();
  await expect(page.locator("#model-trend-title").locator("..").locator("p")).toContainText(
    `among the top 50 on ${ranked} of those`,
  );

  await page.goto(`${sample.url}/providers`);
  const providers = groupRankings(sampleRows("week"), "week", "provider", 8, sampleNames.provider);
  await expect(page.getByTestId("provider-trend-legend").locator("li")).toHaveText(
    providers.series.map((item) => item.label),
  );
});

test("live: the trends cite OpenRouter with the dataset's date once the rankings are stored", async ({
  page,
}) => {
  await expect(async () => {
    await page.goto(`${live.url}/trends`);
    await expect(page.getByTestId("trend-volume-chart")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("citation")).toHaveText(
    /^Source: OpenRouter \(openrouter\.ai\/rankings\), as of \d{4}-\d{2}-\d{2}\.$/,
  );
  await expect(page.getByText("Sample data.")).toHaveCount(0);
});

// The live server's rankings rank the catalogue fixture's two Qwen3.5 Coder versions; every
// other ranked model of the fake is unlisted. A range from a Monday to a Sunday, so the page's
// weeks and the API's are the same.
const LIVE_RANGE = { from: "2026-05-04", to: "2026-09-27" };
const QWEN_ID = "qwen/qwen3.5-coder";
const QWEN_NAME = catalogueName(FAKE_VERSIONS[1] ?? "") ?? "";

/** The live server's stored weekly rows over LIVE_RANGE, each version as upstream ranks it. */
async function liveWeeks(request: import("@playwright/test").APIRequestContext) {
  const answer = await request.get(
    `${live.url}/api/rankings?period=week&start_date=${LIVE_RANGE.from}&end_date=${LIVE_RANGE.to}`,
  );
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as {
    rows: { date: string; model: string; total_tokens: string }[];
  };
  return body.rows.map((row): RankingsRow => ({
    date: row.date,
    model: row.model,
    totalTokens: BigInt(row.total_tokens),
  }));
}

/** A live trends page once its rankings and catalogue are stored (the legend shows `label`). */
async function gotoLive(page: import("@playwright/test").Page, path: string, label: string) {
  await expect(async () => {
    await page.goto(`${live.url}${path}`);
    await expect(page.getByTestId("trend-volume-legend")).toContainText(label, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
}

test("live: ?versions=merged adds a model's versions up under the catalogue's name, on the page, in its file and its embed", async ({
  page,
  request,
}) => {
  const range = `from=${LIVE_RANGE.from}&to=${LIVE_RANGE.to}`;
  await gotoLive(page, `/trends?versions=merged&measure=tokens&${range}`, QWEN_NAME);
  // Merged by hand here, apart from the app's mergeVersions: the two versions' exact sum.
  const dated = await liveWeeks(request);
  const merged = new Map<string, RankingsRow>();
  for (const row of dated) {
    const model = FAKE_VERSIONS.includes(row.model) ? QWEN_ID : row.model;
    const key = `${row.date} ${model}`;
    const current = merged.get(key);
    merged.set(key, { ...row, model, totalTokens: (current?.totalTokens ?? 0n) + row.totalTokens });
  }
  const label = (model: string) => (model === QWEN_ID ? QWEN_NAME : model);
  const table = groupRankings([...merged.values()], "week", "model", 8, label);
  const qwen = table.series.findIndex((item) => item.label === QWEN_NAME);
  expect(qwen).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId("trend-volume-legend").locator("li")).toHaveText(
    table.series.map((item) => item.label),
  );
  await expect(
    page.getByRole("navigation", { name: "Model versions" }).getByRole("link", {
      name: "Versions merged",
    }),
  ).toHaveAttribute("aria-current", "true");
  await expect(page.getByText(RANKINGS_LABELS.merged)).toBeVisible();
  const newest = table.points.at(-1);
  if (!newest) throw new Error("no newest week");
  const versions = dated.filter(
    (row) => row.date === newest.date && FAKE_VERSIONS.includes(row.model),
  );
  expect(versions).toHaveLength(2);
  expect(newest.values[qwen]).toBe(versions.reduce((sum, row) => sum + row.totalTokens, 0n));
  const cells = await newestRow(page, "trend-volume-table");
  expect(cells.slice(1)).toEqual([
    ...newest.values.map((value) => (value === null ? "–" : formatExactTokens(value))),
    formatExactTokens(newest.total),
  ]);
  // Both versions' release days are marked on the model chart, and said under it.
  await expect(page.getByTestId("trend-volume-chart").locator("[data-marker]")).toHaveCount(2);
  await expect(page.getByTestId("release-markers")).toHaveText(
    `Added to OpenRouter in this range: ${QWEN_NAME} (2026-05-15); ${QWEN_NAME} (2026-08-20).`,
  );

  // The chart's file: every week, the merged column exact.
  const file = await request.get(
    `${live.url}/trends/export?chart=trend-volume&versions=merged&${range}&format=csv`,
  );
  expect(file.status()).toBe(200);
  const csv = Papa.parse<Record<string, string>>(await file.text(), {
    header: true,
    skipEmptyLines: true,
  });
  // The column is named by the real id, not a slug of its label (issue 30).
  expect(csv.data.map((row) => row[`tokens:${QWEN_ID}`])).toEqual(
    table.points.map((point) => point.values[qwen]?.toString() ?? ""),
  );
  const json = await request.get(
    `${live.url}/trends/export?chart=trend-volume&versions=merged&${range}&format=json`,
  );
  expect(((await json.json()) as { permalink: string }).permalink).toContain("versions=merged");

  // The link to a settings change keeps the setting; back to each version as ranked.
  await page
    .getByRole("navigation", { name: "Period" })
    .getByRole("link", { name: "Month" })
    .click();
  await expect(page).toHaveURL(/versions=merged/);
  await page
    .getByRole("navigation", { name: "Model versions" })
    .getByRole("link", { name: "Each version" })
    .click();
  await expect(page).not.toHaveURL(/versions=/);
  await expect(page.getByTestId("trend-volume-legend")).not.toContainText(QWEN_NAME);

  await page.goto(`${live.url}/embed/trends?versions=merged&${range}`);
  await expect(page.getByTestId("trend-volume-legend")).toContainText(QWEN_NAME);
  await expect(page.getByRole("link", { name: /Open in Task Share/ })).toHaveAttribute(
    "href",
    /versions=merged/,
  );
});

test("live: ?by=weights splits the top 50's tokens into open, closed and unknown, exactly", async ({
  page,
  request,
}) => {
  await gotoLive(
    page,
    `/trends?by=weights&measure=tokens&from=${LIVE_RANGE.from}&to=${LIVE_RANGE.to}`,
    "Open weights",
  );
  await expect(page.getByRole("heading", { name: "Open-weight share of tokens" })).toBeVisible();
  await expect(page.getByTestId("trend-volume-legend").locator("li")).toHaveText([
    "Open weights",
    "Closed weights",
    "Unknown (not in the catalogue)",
    "Outside the top 50",
  ]);
  await expect(page.getByText(RANKINGS_LABELS.weights)).toBeVisible();
  // Weights are each version's own: no versions setting in this view.
  await expect(page.getByRole("navigation", { name: "Model versions" })).toHaveCount(0);

  // Of the fake's ranked models, only the two Qwen versions are listed (open weights): every
  // week's split, summed by hand from the stored rows, newest first as the table lists them.
  const rows = await liveWeeks(request);
  const weeks = [...new Set(rows.map((row) => row.date))].reverse();
  const split = weeks.map((week) => {
    const sum = (keep: (row: RankingsRow) => boolean) =>
      rows
        .filter((row) => row.date === week && keep(row))
        .reduce((total, row) => total + row.totalTokens, 0n);
    const open = sum((row) => FAKE_VERSIONS.includes(row.model));
    const outside = sum((row) => row.model === "other");
    const total = sum(() => true);
    return { values: [open, 0n, total - open - outside, outside], total };
  });
  expect(split.filter(({ values }) => (values[0] ?? 0n) > 0n).length).toBeGreaterThan(10);
  const [newest] = split;
  await expect(page.getByTestId("stat-open-weights")).toContainText(
    formatPercent(exactShare(newest?.values[0] ?? 0n, newest?.total ?? 0n)),
  );
  await expect(page.getByTestId("stat-open-weights")).toContainText(
    formatExactTokens(newest?.values[0] ?? 0n),
  );
  const table = await showNumbers(page, "trend-volume-table");
  const shown = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll("td")].map((cell) => (cell as HTMLElement).innerText),
      ),
    );
  expect(shown).toEqual(
    split.map(({ values, total }) => [...values, total].map((value) => formatExactTokens(value))),
  );
});

test("an unknown versions value is named, and each version shown", async ({ page }) => {
  await page.goto(`${sample.url}/trends?versions=all`);
  await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toContainText(
    "versions=all",
  );
  await expect(
    page.getByRole("navigation", { name: "Model versions" }).getByRole("link", {
      name: "Each version",
    }),
  ).toHaveAttribute("aria-current", "true");
  await page.goto(`${sample.url}/trends/categories?category=programming&versions=merged`);
  await expect(
    page.getByRole("navigation", { name: "Model versions" }).getByRole("link", {
      name: "Versions merged",
    }),
  ).toHaveAttribute("aria-current", "true");
  // Merged, each listed model is named as the sample catalogue names it (as the fixture does);
  // the sample lists no two versions of one model, so the order and sums are the dated view's.
  const dated = groupRankings(sampleRows("week", "programming"), "week", "model");
  await expect(page.getByTestId("trend-category-model-legend").locator("li")).toHaveText(
    dated.series.map((item) => catalogueName(item.label) ?? item.label),
  );
});

test("rankings that keep failing: a notice, and the task pages unaffected", async ({
  page,
  request,
}) => {
  // The edge server's upstream answers every rankings call with a 500.
  for (const path of ["/trends", "/trends/categories", "/trends/categories?category=legal"]) {
    const response = await page.goto(`${edge.url}${path}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("rankings-notice")).toContainText(
      "The task pages are unaffected",
    );
  }
  await page.goto(`${edge.url}/`);
  await expect(page.getByTestId("rankings-notice")).toHaveCount(0);
  await expect(page.getByTestId("citation")).toBeVisible();
  await page.goto(`${edge.url}/providers`);
  await expect(page.getByTestId("provider-totals-table")).toBeVisible();
  await expect(page.getByTestId("rankings-notice")).toContainText("Long-run trends");
  const exported = await request.get(`${edge.url}/trends/export?chart=trend-volume&format=csv`);
  expect(exported.status()).toBe(503);
});
