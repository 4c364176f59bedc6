import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Locator, type Page } from "@playwright/test";

import { formatPercent } from "../../lib/format";
import { TERMS } from "../../lib/glossary/terms";
import { readFixture } from "../support/fake-upstream";
import { history, live } from "./servers";

// Trust and clarity: every header explains itself (hover, keyboard focus, screen readers and
// the page text), a drill-down says what its task covers, /about explains the data and every
// footer links to it, and the overview's sparklines share one scale.

test.describe.configure({ timeout: 60_000 });

const INTENSITY = TERMS.tokenIntensity.definition;

/** The definition box a term draws (its ::after), as the browser renders it. */
async function shownDefinition(tip: Locator): Promise<{ display: string; content: string }> {
  return tip.evaluate((element) => {
    const style = getComputedStyle(element, "::after");
    return { display: style.display, content: style.content };
  });
}

function intensityHeader(page: Page) {
  const header = page.getByTestId("tag-table").getByRole("columnheader", { name: "Intensity" });
  return { header, link: header.getByRole("link"), tip: header.locator(".term-tip") };
}

test("the overview's Intensity header shows its definition on hover and on keyboard focus", async ({
  page,
}) => {
  await page.goto(live.url);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const { header, link, tip } = intensityHeader(page);

  // The header's own text and name stay its label; the definition is its description.
  await expect(header).toHaveText("Intensity");
  await expect(link).toHaveAccessibleName("Intensity");
  await expect(link).toHaveAccessibleDescription(INTENSITY);
  expect(await shownDefinition(tip)).toMatchObject({ display: "none" });

  await link.hover();
  await expect(tip).toHaveCSS("display", "block", { pseudo: "after" });
  expect((await shownDefinition(tip)).content).toContain(INTENSITY);
  const box = await tip.evaluate((element) => {
    const style = getComputedStyle(element, "::after");
    return {
      width: parseFloat(style.width),
      colour: style.color,
      background: style.backgroundColor,
    };
  });
  expect(box.width).toBeGreaterThan(150);
  expect(box.colour).not.toBe(box.background);

  await page.mouse.move(0, 0);
  await expect(tip).toHaveCSS("display", "none", { pseudo: "after" });

  // Keyboard: focus reaches the header link and opens the same definition.
  await page
    .getByTestId("tag-table")
    .getByRole("columnheader", { name: "Tokens" })
    .first()
    .getByRole("link")
    .focus();
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await expect(tip).toHaveCSS("display", "block", { pseudo: "after" });

  // A header that does not sort is a button, described the same way.
  const category = page
    .getByTestId("tag-table")
    .getByRole("columnheader", { name: "In category: usage" })
    .getByRole("button");
  await expect(category).toHaveAccessibleDescription(TERMS.categoryUsageShare.definition);
  await category.focus();
  await expect(
    page
      .getByTestId("tag-table")
      .getByRole("columnheader", { name: "In category: usage" })
      .locator(".term-tip"),
  ).toHaveCSS("display", "block", { pseudo: "after" });
});

test("each table lists what its columns mean in the page text", async ({ page }) => {
  await page.goto(live.url);
  const list = page.locator("details", { has: page.getByText("What the columns mean") });
  // The task table and the macro-category table.
  await expect(list).toHaveCount(2);
  const tasks = page.locator('[data-testid="term-list"][data-table="tag-table"]');
  await tasks.locator("summary").click();
  await expect(tasks.locator("dt")).toContainText([
    "Task",
    "Macro-category",
    "Usage share",
    "Intensity",
  ]);
  await expect(tasks.locator("dd", { hasText: INTENSITY })).toBeVisible();

  await page.goto(`${live.url}/models`);
  const models = page.locator('[data-testid="term-list"][data-table="model-index-table"]');
  await models.locator("summary").click();
  await expect(models.locator("dd", { hasText: "lower bound" }).first()).toBeVisible();
});

test("on a phone the open definition stays on the screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  const label = page.getByTestId("tag-stats").getByRole("button", { name: "Token intensity" });
  await label.focus();
  const tip = page.getByTestId("tag-stats").locator(".term-tip").nth(2);
  await expect(tip).toHaveCSS("display", "block", { pseudo: "after" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
});

test("the drill-down says what its task covers, and a new label says it has no description", async ({
  page,
}) => {
  await page.goto(`${live.url}/tags/agent%3Atool_dispatch`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tool Dispatch");
  await expect(page.getByTestId("task-description")).toHaveText(
    "An agent choosing and calling a tool: picking which function, API or command to use next and filling in its arguments.",
  );
  await expect(page.getByTestId("task-description")).toHaveAttribute("data-curated", "true");
  // Its headline figures explain themselves too.
  await expect(
    page.getByTestId("tag-stats").getByRole("button", { name: "Token intensity" }),
  ).toHaveAccessibleDescription(INTENSITY);
});

const ABOUT_SECTIONS = [
  "What is sampled and classified",
  "What is left out",
  "Each day is a seven-day window",
  "The citation",
  "Task Share's estimates (lower bounds)",
  "Rounding",
  "Where history comes from",
  "Sample mode",
  "What the figures mean",
];

test("/about explains the data, with its sections and the citation of the day", async ({
  page,
}) => {
  const response = await page.goto(`${live.url}/about`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("About the data · Task Share");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  await expect(page.locator("article").getByRole("heading", { level: 2 })).toHaveText(
    ABOUT_SECTIONS,
  );
  const citation = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";
  await expect(page.getByTestId("citation")).toHaveText(citation);
  await expect(page.getByTestId("about-citation")).toHaveText(citation);
  await expect(
    page.getByText("consecutive days therefore share six of their seven days", { exact: false }),
  ).toBeVisible();
  await expect(page.getByTestId("about-stored")).toHaveText(
    "This server has one stored day so far (2026-11-21).",
  );
});

test("/about?as_of= names that day in its citation and its history", async ({ page }) => {
  await page.goto(`${history.url}/about?as_of=2026-11-18`);
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-18.",
  );
  await expect(page.getByTestId("about-stored")).toHaveText(
    "This server has 4 stored days from 2026-11-14 to 2026-11-18; 1 day in that range is missing, drawn as a gap.",
  );
  // The footer's link keeps the pin.
  await expect(page.getByTestId("about-link")).toHaveAttribute("href", "/about?as_of=2026-11-18");
});

test("every footer links to /about: pages, embeds, 404 and pinned pages", async ({ page }) => {
  for (const pagePath of [
    "/",
    "/tags/code%3Ageneral_impl",
    "/models",
    "/models/openai/gpt-6-astra-20260903",
    "/providers",
    "/search?q=de",
    "/about",
    "/tags/nope",
    "/nope",
  ]) {
    await page.goto(`${live.url}${pagePath}`);
    const link = page.getByRole("contentinfo").getByRole("link", { name: "About the data" });
    await expect(link, pagePath).toHaveAttribute("href", "/about");
  }
  for (const pagePath of ["/embed", "/embed/tags/code%3Ageneral_impl"]) {
    await page.goto(`${live.url}${pagePath}`);
    const link = page.getByRole("contentinfo").getByRole("link", { name: /About the data/ });
    await expect(link, pagePath).toHaveAttribute("href", "/about");
    await expect(link, pagePath).toHaveAttribute("target", "_blank");
  }
  await page.goto(`${history.url}/?as_of=2026-11-18`);
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "About the data" }),
  ).toHaveAttribute("href", "/about?as_of=2026-11-18");
  await page.goto(`${history.url}/?as_of=2026-11-17`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "No snapshot is stored for 2026-11-17",
  );
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "About the data" }),
  ).toHaveAttribute("href", "/about");
});

// The history store: 2026-11-14, -15, -16, -18 and -21 (17, 19 and 20 missing).
const STORED = ["2026-11-14", "2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"];
type Day = { classifications: { tag: string; usage_share: number }[] };
function storedDay(asOf: string): Day {
  const text =
    asOf === "2026-11-21"
      ? readFixture("upstream-2026-11-21.json")
      : readFileSync(
          path.join(__dirname, "..", "fixtures", "history", `upstream-${asOf}.json`),
          "utf8",
        );
  const body: { data: Day } = JSON.parse(text);
  return body.data;
}

/** The y-coordinates of a sparkline's first line, as drawn: a start, then relative steps. */
async function lineYs(row: Locator): Promise<string[]> {
  const d = (await row.getByTestId("sparkline").locator("path").getAttribute("d")) ?? "";
  const [, start = "", steps = ""] = /^M([^l]*)l([^M]*)/.exec(d) ?? [];
  const tenths = (text: string) =>
    (text.match(/-?[\d.]+/g) ?? []).map((n) => Math.round(Number(n) * 10));
  const [, y0 = NaN] = tenths(start);
  const dys = tenths(steps).filter((_, index) => index % 2 === 1);
  const ys = [y0];
  for (const dy of dys) ys.push((ys.at(-1) ?? NaN) + dy);
  return ys.map((y) => (y / 10).toFixed(1));
}

test("the overview's sparklines share one scale: 0 to the column's highest share", async ({
  page,
}) => {
  await page.goto(history.url);
  const shown = storedDay("2026-11-21").classifications.map((item) => item.tag);
  const high = Math.max(
    ...STORED.flatMap((asOf) =>
      storedDay(asOf)
        .classifications.filter((item) => shown.includes(item.tag))
        .map((item) => item.usage_share),
    ),
  );
  expect(high).toBe(0.19);
  // 24 px tall with 2 px padding: the column's highest share at y = 2, zero at y = 22.
  const y = (share: number) => (2 + ((high - share) / high) * 20).toFixed(1);
  const firstDays = (tag: string) =>
    STORED.slice(0, 3).map(
      (asOf) =>
        storedDay(asOf).classifications.find((item) => item.tag === tag)?.usage_share ?? NaN,
    );

  const row = (tag: string) => page.locator(`tr[data-tag="${tag}"]`);
  // Code Generation 16.5% → 17.0% → 17.5% and Debugging 15.0% → 15.5% → 15.8% on 14–16.
  expect(await lineYs(row("code:general_impl"))).toEqual(["4.6", "4.1", "3.6"]);
  expect(await lineYs(row("code:general_impl"))).toEqual(firstDays("code:general_impl").map(y));
  expect(await lineYs(row("code:debugging"))).toEqual(["6.2", "5.7", "5.4"]);
  expect(await lineYs(row("code:debugging"))).toEqual(firstDays("code:debugging").map(y));

  for (const sparkline of await page.getByTestId("sparkline").all()) {
    await expect(sparkline).toHaveAttribute("data-scale", `0 ${high}`);
  }
  await expect(row("code:general_impl").getByTestId("sparkline")).toHaveAccessibleName(
    `Code Generation: usage share 16.5% on 2026-11-14, 18.4% on 2026-11-21; drawn on the column's shared scale, ${formatPercent(0)} to ${formatPercent(high)}`,
  );
  // The column's header says so too, with this column's range.
  const trend = page.getByTestId("tag-table").getByRole("columnheader", { name: "Usage trend" });
  await expect(trend.getByRole("button")).toHaveAccessibleDescription(TERMS.usageTrend.definition);
  expect(await trend.locator(".term-tip").getAttribute("data-tip")).toContain(
    `Here: ${formatPercent(0)} to ${formatPercent(high)}.`,
  );
});
