import { expect, test, type Page } from "@playwright/test";

import { formatPercent, formatRatio } from "../../lib/format";
import { rawClassificationsResponseSchema, type RawModel } from "../../lib/openrouter/schema";
import { shownAs } from "../support/fake-catalogue";
import { readFixture } from "../support/fake-upstream";
import { live } from "./servers";

// Issue 7: with JavaScript off, the server-rendered HTML alone carries every number, the tables,
// the citation and the date. Expected text is worked out here from the fixture the live server's
// fake upstream serves (tests/fixtures/upstream-2026-11-21.json), formatted as the pages format
// numbers; a few figures are also spelled out, so a change in formatting cannot pass unnoticed.

test.use({ javaScriptEnabled: false });

const { data } = rawClassificationsResponseSchema.parse(
  JSON.parse(readFixture("upstream-2026-11-21.json")),
);
const CITATION = `Source: OpenRouter (openrouter.ai/rankings), as of ${data.as_of}.`;
const macroLabel = new Map(data.macro_categories.map((macro) => [macro.key, macro.label]));
const byUsage = [...data.classifications].sort((a, b) => b.usage_share - a.usage_share);

function intensity(tokens: number, usage: number): string {
  return formatRatio(usage > 0 ? tokens / usage : null);
}

async function expectDateAndCitation(page: Page) {
  await expect(page.getByTestId("as-of")).toHaveText(data.as_of);
  await expect(page.getByTestId("citation")).toHaveText(CITATION);
  // Nothing ran: the ready signal is set by a client component, so it must be missing.
  await expect(page.locator("html")).not.toHaveAttribute("data-ready", "true");
}

test("overview without JavaScript: every tag's and category's numbers, date and citation", async ({
  page,
}) => {
  const response = await page.goto(live.url);
  expect(response?.status()).toBe(200);
  await expectDateAndCitation(page);

  const tagTable = page.getByTestId("tag-table");
  await expect(tagTable).toBeVisible();
  await expect(tagTable.locator("tbody tr")).toHaveCount(data.classifications.length);
  for (const [index, tag] of byUsage.entries()) {
    const row = tagTable.locator("tbody tr").nth(index);
    await expect(row).toHaveAttribute("data-tag", tag.tag);
    await expect(row.locator("th")).toContainText(tag.display_name);
    await expect(row.locator("td")).toHaveText([
      macroLabel.get(tag.macro_category) ?? tag.macro_category,
      formatPercent(tag.usage_share),
      formatPercent(tag.token_share),
      intensity(tag.token_share, tag.usage_share),
      formatPercent(tag.category_usage_share),
      formatPercent(tag.category_token_share),
    ]);
  }

  const macroTable = page.getByTestId("macro-table");
  await expect(macroTable).toBeVisible();
  for (const macro of data.macro_categories) {
    const tasks = data.classifications.filter((tag) => tag.macro_category === macro.key);
    await expect(macroTable.locator(`tr[data-macro="${macro.key}"] td`)).toHaveText([
      formatPercent(macro.usage_share),
      formatPercent(macro.token_share),
      intensity(macro.token_share, macro.usage_share),
      String(tasks.length),
    ]);
  }

  await expect(tagTable.locator('tr[data-tag="code:general_impl"] td')).toHaveText([
    "Code",
    "18.4%",
    "26.1%",
    "1.42×",
    "41.2%",
    "44.0%",
  ]);
  await expect(macroTable.locator('tr[data-macro="code"] td').first()).toHaveText("44.7%");

  // The charts are drawn by the server: both donuts and the bars, each row's values its title.
  await expect(page.getByTestId("macro-donut-usage").locator("path[data-slice]")).toHaveCount(
    data.macro_categories.length,
  );
  const bars = page.getByTestId("tag-bars");
  await expect(bars.locator("rect[data-bar]")).toHaveCount(2 * data.classifications.length);
  await expect(bars.locator(".chart-hover title").nth(1)).toHaveText(
    "Code Generation\nUsage share: 18.4%\nToken share: 26.1%",
  );
});

test("drill-down without JavaScript: the tag's figures, its models' shares, date and citation", async ({
  page,
}) => {
  const tag = data.classifications.find((item) => item.tag === "code:general_impl");
  if (!tag) throw new Error("the fixture lost code:general_impl");
  const response = await page.goto(`${live.url}/tags/${encodeURIComponent(tag.tag)}`);
  expect(response?.status()).toBe(200);
  await expectDateAndCitation(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.display_name);

  const stats = page.getByTestId("tag-stats");
  await expect(stats.locator("dd.text-2xl")).toHaveText([
    formatPercent(tag.usage_share),
    formatPercent(tag.token_share),
    intensity(tag.token_share, tag.usage_share),
    formatPercent(tag.category_usage_share),
  ]);
  const usageRank = byUsage.findIndex((item) => item.tag === tag.tag) + 1;
  await expect(stats).toContainText(`#${usageRank} of ${data.classifications.length} tasks`);
  await expect(stats).toContainText(`${formatPercent(tag.category_token_share)} of its tokens`);

  const rows = page.getByTestId("model-table").locator("tbody tr");
  await expect(page.getByTestId("model-table")).toBeVisible();
  await expect(rows).toHaveCount(tag.models.length + 1);
  for (const [index, model] of tag.models.entries()) {
    await expect(rows.nth(index).locator("td, th")).toHaveText([
      String(index + 1),
      shownAs(model.id),
      formatPercent(model.tag_usage_share),
      formatPercent(model.tag_token_share),
    ]);
  }
  const rest = (share: (model: RawModel) => number) =>
    formatPercent(Math.max(0, 1 - tag.models.reduce((sum, model) => sum + share(model), 0)));
  await expect(rows.last().locator("td, th")).toHaveText([
    "–",
    "Other models (not in the top list)",
    rest((model) => model.tag_usage_share),
    rest((model) => model.tag_token_share),
  ]);
  await expect(rows.last().locator("td").last()).toHaveText("49.8%");
});

test("/about without JavaScript: every section, the column definitions, date and citation", async ({
  page,
}) => {
  const response = await page.goto(`${live.url}/about`);
  expect(response?.status()).toBe(200);
  await expectDateAndCitation(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  await expect(page.locator("article").getByRole("heading", { level: 2 })).toHaveCount(9);
  await expect(page.getByTestId("about-citation")).toHaveText(CITATION);
  await expect(
    page.getByText("Consecutive days therefore share six of their seven days"),
  ).toHaveCount(1);

  // A table's column definitions open without JavaScript too (a <details>), and a header's
  // definition opens on keyboard focus (CSS only).
  await page.goto(live.url);
  const list = page.getByTestId("term-list").first();
  await list.locator("summary").click();
  await expect(list.locator("dd").first()).toBeVisible();
  const intensity = page.getByTestId("tag-table").getByRole("columnheader", { name: "Intensity" });
  await intensity.getByRole("link").focus();
  await expect(intensity.locator(".term-tip")).toHaveCSS("display", "block", { pseudo: "after" });
});
