import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

import { formatExactTokens, formatShortDate } from "../../lib/format";
import { SAMPLE_AS_OF, sampleRows } from "../support/sample-rankings";
import { showNumbers } from "../support/show-numbers";
import { sample } from "./servers";

// Issue 30, ranges and buckets: a range's figures count exactly the days it names, a week or
// month the range (or the data) cuts counts only its days inside and is marked partial, in the
// chart, its table and its files; labels give the data's real first and last day. Every
// expected figure is summed here from the sample's daily rows, apart from the app's buckets.

/** The sample's tokens from `from` to `to`, both included, summed day by day. */
function daysTotal(from: string, to: string): bigint {
  return sampleRows("day")
    .filter((row) => row.date >= from && row.date <= to)
    .reduce((sum, row) => sum + row.totalTokens, 0n);
}

/** A trends table's row labels, newest first, as the page lists them. */
async function rowLabels(page: Page, tableId: string): Promise<string[]> {
  const table = await showNumbers(page, tableId);
  return table.locator("tbody tr th").allInnerTexts();
}

type TrendCsvRow = { date: string; until: string; complete: string; total_tokens: string };

async function chartCsv(page: Page, query: string): Promise<TrendCsvRow[]> {
  const response = await page.request.get(`${sample.url}/trends/export?${query}&format=csv`);
  expect(response.status()).toBe(200);
  return Papa.parse<TrendCsvRow>(await response.text(), { header: true, skipEmptyLines: true })
    .data;
}

const RANGE = { from: "2026-01-01", to: "2026-03-31" };

test("a range's total counts exactly its days; the weeks it cuts count only their days inside, marked partial", async ({
  page,
}) => {
  const query = `by=provider&measure=tokens&from=${RANGE.from}&to=${RANGE.to}`;
  await page.goto(`${sample.url}/trends?${query}`);
  const total = daysTotal(RANGE.from, RANGE.to);
  await expect(page.getByTestId("stat-total")).toContainText(
    `${formatExactTokens(total)} · ${RANGE.from} to ${RANGE.to}`,
  );

  // 2026-01-01 is a Thursday, 2026-03-31 a Tuesday: the first and last weeks are cut.
  const labels = await rowLabels(page, "trend-volume-table");
  expect(labels.at(-1)).toBe(
    `${formatShortDate("2026-01-01", true)} – ${formatShortDate("2026-01-04", true)} (partial)`,
  );
  expect(labels[0]).toBe(
    `${formatShortDate("2026-03-30", true)} – ${formatShortDate("2026-03-31", true)} (partial)`,
  );
  expect(labels.slice(1, -1).every((label) => label.startsWith("Week of "))).toBe(true);
  await expect(page.getByTestId("trend-volume-chart").locator("[data-partial]")).toHaveCount(2);
  await expect(
    page
      .getByText("Partial week: the week of 2025-12-29 counts only 2026-01-01 to 2026-01-04.")
      .first(),
  ).toBeVisible();

  // The chart's file: the same weeks, each saying whether it is whole, summing to the range.
  const rows = await chartCsv(page, `chart=trend-volume&${query}`);
  expect(rows).toHaveLength(labels.length);
  expect(rows[0]).toMatchObject({ date: "2026-01-01", until: "2026-01-04", complete: "false" });
  expect(rows.at(-1)).toMatchObject({ date: "2026-03-30", until: "2026-03-31", complete: "false" });
  expect(rows.slice(1, -1).every((row) => row.complete === "true")).toBe(true);
  expect(rows[0]?.total_tokens).toBe(daysTotal("2026-01-01", "2026-01-04").toString());
  expect(rows.at(-1)?.total_tokens).toBe(daysTotal("2026-03-30", "2026-03-31").toString());
  for (const row of rows.slice(1, -1)) {
    expect(row.total_tokens).toBe(daysTotal(row.date, row.until).toString());
  }
  expect(rows.reduce((sum, row) => sum + BigInt(row.total_tokens), 0n)).toBe(total);
});

test("the default view names the data's real first and last day, and its cut weeks are partial", async ({
  page,
}) => {
  await page.goto(`${sample.url}/trends`);
  const days = sampleRows("day");
  const first = days[0]?.date ?? "";
  await expect(page.getByTestId("stat-total")).toContainText(`${first} to ${SAMPLE_AS_OF}`);
  await expect(page.getByTestId("stat-latest")).toContainText("Latest week, partial");
  const rows = await chartCsv(page, "chart=trend-volume");
  expect(rows[0]).toMatchObject({ date: first, until: "2025-01-05", complete: "false" });
  expect(rows.at(-1)).toMatchObject({ date: "2026-11-16", until: SAMPLE_AS_OF, complete: "false" });
  expect(rows.filter((row) => row.complete === "false")).toHaveLength(2);
});

test("a short merged point is drawn faded and marked partial in the table, not as a collapse", async ({
  page,
}) => {
  // 365 days drawn as at most 120 points: sums of 4 days, the last one day alone.
  await page.goto(`${sample.url}/trends?period=day&from=2025-01-01&to=2025-12-31`);
  await expect(page.getByText(/each point sums 4 consecutive days/).first()).toBeVisible();
  await expect(page.getByTestId("trend-volume-chart").locator("[data-partial]")).toHaveCount(1);
  const labels = await rowLabels(page, "trend-volume-table");
  expect(labels[0]).toBe(`${formatShortDate("2025-12-31", true)} (partial)`);
  await expect(
    page
      .getByText("Faded points, marked partial in the table, count fewer days than the others.")
      .first(),
  ).toBeVisible();
  // The file keeps every day, each a whole day.
  const rows = await chartCsv(page, "chart=trend-volume&period=day&from=2025-01-01&to=2025-12-31");
  expect(rows).toHaveLength(365);
  expect(new Set(rows.map((row) => row.complete))).toEqual(new Set(["true"]));
});

test("a use-case category, sampled by week, widens a range to the whole weeks it counts", async ({
  page,
}) => {
  await page.goto(
    `${sample.url}/trends/categories?category=legal&from=${RANGE.from}&to=${RANGE.to}`,
  );
  await expect(page.getByLabel("From")).toHaveValue("2025-12-29");
  await expect(page.getByLabel("to", { exact: true })).toHaveValue("2026-04-05");
});
