import { expect, test, type Locator, type Page } from "@playwright/test";

import { MARKER_KEY } from "../../components/charts/release-markers-note";
import { rankingsOrigin } from "../../lib/glossary/rankings";
import { downloadChart } from "../support/download";
import { sampleNames } from "../support/sample-rankings";
import { sample } from "./servers";

// Issue 31: charts keep their identities and explain themselves. One colour per provider on
// every chart and page whatever its rank; names (not ids) in legends; every menu and panel
// inside the screen on a phone and a desktop; the sample's words never claim OpenRouter's
// figures; exported pictures carry a key for every mark and their notes on lines of their own.

const TAG = "code:general_impl";
const MODEL = "anthropic/claude-opus-5.5-20260921";

async function open(page: Page, path: string) {
  const response = await page.goto(`${sample.url}${path}`);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

/** Each legend entry's label and its swatch's colour as drawn (the theme's computed value). */
async function swatches(legend: Locator): Promise<[string, string][]> {
  return legend.locator("li").evaluateAll((items) =>
    items.flatMap((item) => {
      const swatch = item.querySelector("[aria-hidden]");
      const label = item.textContent?.trim() ?? "";
      return swatch ? [[label, getComputedStyle(swatch).backgroundColor] as [string, string]] : [];
    }),
  );
}

/** Remainders ("Other…", "Smaller providers…", "Outside the top 50") are no identity. */
function isIdentity(label: string): boolean {
  return !/^(Other |Smaller providers|Outside the top 50)/.test(label);
}

test("one colour per provider on every chart and page, whatever its rank", async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "light" });
  const seen = new Map<string, { colour: string; where: string }>();
  const record = async (legend: Locator, where: string) => {
    const entries = (await swatches(legend)).filter(([label]) => isIdentity(label));
    expect(entries.length, `${where} has a legend`).toBeGreaterThan(1);
    // Within one legend, no two providers share a colour.
    expect(new Set(entries.map(([, colour]) => colour)).size, where).toBe(entries.length);
    for (const [label, colour] of entries) {
      const before = seen.get(label);
      if (before) expect(colour, `${label}: ${before.where} vs ${where}`).toBe(before.colour);
      else seen.set(label, { colour, where });
    }
  };

  await open(page, "/providers");
  for (const [index, legend] of (await page.getByTestId("provider-legend").all()).entries()) {
    await record(legend, `/providers legend ${index + 1}`);
  }
  await record(page.getByTestId("provider-trend-legend"), "/providers trend");
  await open(page, "/trends?by=provider");
  await record(page.getByTestId("trend-volume-legend"), "/trends?by=provider");
  // Another range ranks the providers differently: ranks move, colours do not.
  await open(page, "/trends?by=provider&from=2025-01-01&to=2025-03-31");
  await record(page.getByTestId("trend-volume-legend"), "/trends?by=provider, early 2025");
  await open(page, "/trends/categories?category=programming");
  await record(page.getByTestId("trend-category-provider-legend"), "programming by provider");
  await open(page, `/tags/${encodeURIComponent(TAG)}`);
  await record(page.getByTestId("provider-legend"), "drill-down");

  // Names, as the catalogue writes them, not ids.
  expect([...seen.keys()]).toEqual(expect.arrayContaining(["Anthropic", "OpenAI", "Google"]));
  // An id only where the catalogue names none of the provider's models (the sample's nvidia):
  // a label the catalogue would rename is an id left where a name belongs.
  for (const label of seen.keys()) expect(sampleNames.provider(label)).toBe(label);
});

/** Each stacked band's label (from its legend) and the colour variable it is filled with. */
async function bandFills(page: Page, id: string): Promise<[string, string][]> {
  const labels = await page.getByTestId(`${id}-legend`).locator("li").allInnerTexts();
  const fills = await page
    .getByTestId(`${id}-chart`)
    .locator("path[data-series]")
    .evaluateAll((paths) => paths.map((path) => path.getAttribute("fill") ?? ""));
  expect(fills).toHaveLength(labels.length);
  return labels.map((label, index) => [label.trim(), fills[index] ?? ""]);
}

/** The identity slot of a fill such as var(--identity-4-soft): 4. */
function slotOf(fill: string): number | null {
  const slot = /^var\(--identity-(\d+)(?:-soft|-deep|-pale|-dark)?\)$/.exec(fill)?.[1];
  return slot ? Number(slot) : null;
}

test("a model is drawn in its provider's colour on every trends chart, told apart by shade", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, "/trends?by=provider");
  const providerSlots = new Map(
    (await bandFills(page, "trend-volume")).flatMap(([label, fill]) => {
      const slot = slotOf(fill);
      return slot ? [[label, slot] as const] : [];
    }),
  );
  const seen = new Map<string, { slot: number | null; where: string }>();
  for (const [path, id] of [
    ["/trends", "trend-volume"],
    ["/trends?from=2025-01-01&to=2025-03-31", "trend-volume"],
    ["/trends/categories?category=programming", "trend-category-model"],
    ["/trends/categories?category=roleplay", "trend-category-model"],
  ] as const) {
    await open(page, path);
    const bands = (await bandFills(page, id)).filter(([label]) => isIdentity(label));
    expect(bands.length, `${path} draws models`).toBeGreaterThan(3);
    expect(new Set(bands.map(([, fill]) => fill)).size, `${path}: one colour a model`).toBe(
      bands.length,
    );
    for (const [label, fill] of bands) {
      // Its colour (the shade may differ where another model of its provider took it first).
      const slot = slotOf(fill);
      const before = seen.get(label);
      if (before) expect(slot, `${label}: ${before.where} vs ${path}`).toBe(before.slot);
      else seen.set(label, { slot, where: path });
      // "Anthropic: Claude …" or "anthropic/claude-…": its provider's colour, in some shade.
      const provider = label.split(/: |\//)[0] ?? "";
      const providerSlot = [...providerSlots].find(
        ([name]) => name.toLowerCase() === provider.toLowerCase(),
      )?.[1];
      if (providerSlot !== undefined) expect(slotOf(fill), label).toBe(providerSlot);
    }
  }
  // Models of the same provider were drawn side by side, in different shades of one colour.
  const slots = [...seen.values()].map(({ slot }) => slot);
  expect(new Set(slots).size).toBeLessThan(slots.length);
});

test("the 12 categories are drawn in 12 different colours", async ({ page }) => {
  await open(page, "/trends/categories");
  const entries = await swatches(page.getByTestId("trend-categories-legend"));
  expect(entries).toHaveLength(12);
  expect(new Set(entries.map(([, colour]) => colour)).size).toBe(12);
});

test("a drill-down's provider legend names only the providers with a model in the task", async ({
  page,
}) => {
  await open(page, `/tags/${encodeURIComponent(TAG)}`);
  const legend = await page.getByTestId("provider-legend").locator("li").allTextContents();
  const table = await page
    .getByTestId("provider-split-table")
    .locator("tbody th")
    .allTextContents();
  const smaller = legend.find((label) => label.startsWith("Smaller providers"));
  if (smaller) {
    const names = /\((.*)\)/.exec(smaller)?.[1]?.split(", ") ?? [];
    for (const name of names) {
      expect(
        table.some((row) => row.includes(name)),
        `${name} has a model here`,
      ).toBe(true);
    }
  }
  for (const label of legend.filter(isIdentity)) {
    expect(
      table.some((row) => row.includes(label)),
      `${label} has a model here`,
    ).toBe(true);
  }
});

const MENU_VIEWS = [
  "/",
  `/tags/${encodeURIComponent(TAG)}`,
  `/models/${MODEL}`,
  "/providers",
  "/trends",
  "/trends/categories",
  "/trends/categories?category=programming",
  "/changes",
];

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`every menu and panel opens inside the viewport at ${viewport.width} px`, async ({
    page,
  }) => {
    test.setTimeout(420_000);
    await page.setViewportSize(viewport);
    const inside = async (box: Locator, what: string) => {
      const rect = await box.evaluate((node) => {
        const { left, right } = node.getBoundingClientRect();
        return { left, right, width: document.documentElement.clientWidth };
      });
      expect(rect.left, `${what}: left edge`).toBeGreaterThanOrEqual(0);
      expect(rect.right, `${what}: right edge`).toBeLessThanOrEqual(rect.width);
    };
    for (const path of MENU_VIEWS) {
      await open(page, path);
      const downloads = page.getByRole("button", { name: /^Download / });
      const count = await downloads.count();
      expect(count, `${path} has Download menus`).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const trigger = downloads.nth(index);
        await trigger.scrollIntoViewIfNeeded();
        await trigger.click();
        const menu = page.locator(`[id="${await trigger.getAttribute("aria-controls")}"]`);
        await expect(menu).toBeVisible();
        await inside(menu, `${path} ${await trigger.getAttribute("aria-label")}`);
        await page.keyboard.press("Escape");
        await expect(menu).toBeHidden();
      }
      // The panels that hang from a button: "Use this data" and the date picker.
      const panels = page.locator(
        'details[data-testid="use-this-data"]:visible, details[data-testid="date-picker"]:visible',
      );
      for (let index = 0; index < (await panels.count()); index++) {
        const details = panels.nth(index);
        const summary = details.locator(":scope > summary");
        await summary.scrollIntoViewIfNeeded();
        await summary.click();
        const panel = details.locator(":scope > :not(summary)");
        await expect(panel).toBeVisible();
        await inside(panel, `${path} ${(await summary.innerText()).trim()}`);
        await summary.click();
        await expect(panel).toBeHidden();
      }
    }
  });
}

/** Claims that the figures are OpenRouter's, which the sample must never make. */
const LIVE_CLAIMS = [
  rankingsOrigin("live").source,
  rankingsOrigin("live").categories,
  "OpenRouter's daily tokens",
  "OpenRouter's rankings dataset,",
  "OpenRouter’s trailing seven-day window",
  "OpenRouter's trailing seven-day window",
  "What OpenRouter's tokens",
  "Figures: OpenRouter",
];

function expectNoLiveClaims(text: string, where: string) {
  for (const claim of LIVE_CLAIMS) expect(text, `${where} says "${claim}"`).not.toContain(claim);
}

test("in sample mode every sentence about the figures' origin says they are the sample's", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  for (const path of [...MENU_VIEWS, "/embed/trends"]) {
    await page.goto(`${sample.url}${path}`);
    expectNoLiveClaims(await page.locator("body").innerText(), path);
  }
  await page.goto(`${sample.url}/trends/categories`);
  await expect(page.getByTestId("rankings-caveats")).toContainText(
    rankingsOrigin("sample").categories,
  );

  const feed = await (await request.get(`${sample.url}/feed.xml`)).text();
  expect(feed).toContain("<rights>Figures: illustrative sample data generated by Task Share");
  expectNoLiveClaims(feed, "the feed");

  for (const chart of ["trend-volume", "trend-categories", "provider-trend"]) {
    for (const format of ["csv", "json"]) {
      const file = await request.get(`${sample.url}/trends/export?chart=${chart}&format=${format}`);
      expect(file.status()).toBe(200);
      expectNoLiveClaims(await file.text(), `${chart}.${format}`);
    }
  }
  await open(page, "/trends/categories");
  const svg = (await downloadChart(page, "Share of categorised tokens by use case", "svg")).bytes;
  expectNoLiveClaims(svg.toString("utf8").replaceAll("&apos;", "'"), "categories SVG");
});

test("an exported trend picture keys its release markers and keeps subtitle and notes apart", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await open(page, "/trends");
  await expect(
    page.getByTestId("trend-volume-chart").locator("[data-marker]").first(),
  ).toBeAttached();
  const svg = (await downloadChart(page, "Tokens by model", "svg")).bytes.toString("utf8");
  expect(svg).toContain(`data-part="marker-key"`);
  expect(svg).toContain(`>${MARKER_KEY}</text>`);
  const parts = (part: string) =>
    [...svg.matchAll(new RegExp(`<text[^>]*data-part="${part}"[^>]*>([^<]*)</text>`, "g"))].map(
      (match) => match[1] ?? "",
    );
  const subtitle = parts("subtitle").join(" ");
  const notes = parts("note").join(" ");
  expect(subtitle).toMatch(/^Share of tokens · /);
  expect(subtitle).not.toContain("Token counts come");
  expect(notes).toContain("Token counts come from each provider");
  // Notes are drawn under the chart, the subtitle above it.
  const y = (part: string) =>
    Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*data-part="${part}"`).exec(svg)?.[1]);
  expect(y("note")).toBeGreaterThan(y("subtitle"));

  // The categories picture: no prose above the chart beyond its one subtitle.
  await open(page, "/trends/categories");
  const categories = (
    await downloadChart(page, "Share of categorised tokens by use case", "svg")
  ).bytes.toString("utf8");
  expect([...categories.matchAll(/data-part="subtitle"/g)].length).toBeLessThanOrEqual(2);
  expect(categories).toContain(`data-part="note"`);
  // Twelve bands in colours that are hard to tell apart: the tall ones are named inside the
  // chart, on the page and in its picture, each with a name the legend gives.
  const legend = await page.getByTestId("trend-categories-legend").locator("li").allInnerTexts();
  const named = await page
    .getByTestId("trend-categories-chart")
    .locator("[data-band-label]")
    .allTextContents();
  expect(named).toContain("Programming");
  for (const name of named) expect(legend.map((label) => label.trim())).toContain(name);
  for (const name of named) expect(categories).toContain(`>${name}</text>`);
  expect([...categories.matchAll(/data-band-label=/g)]).toHaveLength(named.length);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("no visible control is inert: buttons submit forms, menus are links", async ({ page }) => {
    test.setTimeout(240_000);
    for (const path of MENU_VIEWS) {
      await page.goto(`${sample.url}${path}`);
      const inert = await page.locator("button:visible").evaluateAll((buttons) =>
        // A form's submit button works; so does one that shows its description with CSS
        // on focus and hover (a defined term, "Why at least?"). Any other needs script.
        buttons.flatMap((button) =>
          (button instanceof HTMLButtonElement && button.type === "submit" && button.form) ||
          button.hasAttribute("aria-describedby")
            ? []
            : [button.textContent?.trim() || button.getAttribute("aria-label") || "?"],
        ),
      );
      expect(inert, `${path}: buttons that need JavaScript`).toEqual([]);
    }
  });

  test("the theme switch is links the server answers, and Download lists the server's files", async ({
    page,
  }) => {
    await page.goto(`${sample.url}/trends?by=provider`);
    const theme = page.getByRole("navigation", { name: "Colour theme" });
    await theme.getByRole("link", { name: "Dark" }).click();
    await expect(page).toHaveURL(/by=provider/);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(
      page.getByRole("navigation", { name: "Colour theme" }).getByRole("link", { name: "Dark" }),
    ).toHaveAttribute("aria-current", "true");

    await page.locator("summary", { hasText: "Download" }).first().click();
    const csv = page.getByRole("link", { name: /CSV data/ }).first();
    await expect(csv).toBeVisible();
    expect(await csv.getAttribute("href")).toMatch(/^\/trends\/export\?chart=trend-volume/);
  });
});
