import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

import { downloadChart as download } from "../support/download";
import { decodePng, differingRows, pixelAt } from "../support/png";
import { live } from "./servers";

// Downloads are built in the browser from the chart on screen and the server's words: each file
// must carry the title, legend, as_of and citation, and the data files the exact rows shown.

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";

/** Draws an SVG the way the app does (an image on a 2× canvas) and returns the PNG bytes. */
async function rasterise(page: Page, svg: string): Promise<Buffer> {
  const dataUrl = await page.evaluate(async (markup) => {
    const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext("2d");
    context?.scale(2, 2);
    context?.drawImage(image, 0, 0, image.naturalWidth, image.naturalHeight);
    URL.revokeObjectURL(url);
    return canvas.toDataURL("image/png");
  }, svg);
  return Buffer.from(dataUrl.split(",")[1] ?? "", "base64");
}

function svgSize(svg: string) {
  const match = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

test("SVG and PNG of a chart carry the title, legend, as_of and citation inside the picture", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${live.url}/?macro=code&sort=tokens`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");

  const svgFile = await download(page, "Tasks: usage share vs token share", "svg");
  expect(svgFile.name).toBe(
    "task-share-usage-and-tokens-by-tag-code-sorted-by-tokens-2026-11-21.svg",
  );
  const svg = svgFile.bytes.toString("utf8");
  expect(svg).toContain(">Tasks: usage share vs token share</text>");
  expect(svg).toContain(
    ">Code tasks · 3 tasks · sorted by token share · 7 days to 2026-11-21</text>",
  );
  expect(svg).toContain(">Usage share (requests)</text>");
  expect(svg).toContain(">Token share</text>");
  expect(svg).toContain(`>${CITATION}</text>`);
  // The view's link, pinned to the snapshot drawn, so the picture's link never drifts.
  expect(svg).toContain(`>${live.url}/?macro=code&amp;sort=tokens&amp;as_of=2026-11-21</text>`);
  // The chart itself, with the theme's colours resolved: a file has no CSS variables.
  expect(svg).toContain(">Code Generation</text>");
  // The plot keeps its on-screen width (chart less label column and right margin), so the last
  // axis label stays inside the picture.
  const chartWidth = Number(/<svg width="(\d+)" height="\d+" viewBox="0 0 /.exec(svg)?.[1]);
  const plot = /<svg [^>]*data-plot-left[^>]*>/.exec(svg)?.[0] ?? "";
  const plotAttribute = (name: string) =>
    Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(plot)?.[1]);
  expect(plotAttribute("data-plot-left")).toBe(150);
  expect(plotAttribute("x")).toBe(150);
  expect(plotAttribute("width")).toBeCloseTo(chartWidth - 170, 0);
  expect(svg).toContain(">30.0%</text>");
  expect(svg).not.toContain("var(--");
  expect(svg).toContain('fill="rgb(0, 114, 178)"');

  const pngFile = await download(page, "Tasks: usage share vs token share", "png");
  expect(pngFile.name).toBe(
    "task-share-usage-and-tokens-by-tag-code-sorted-by-tokens-2026-11-21.png",
  );
  expect(pngFile.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const png = decodePng(pngFile.bytes);
  const size = svgSize(svg);
  expect({ width: png.width, height: png.height }).toEqual({
    width: size.width * 2,
    height: size.height * 2,
  });
  expect(pixelAt(png, 4, 4)).toEqual([255, 255, 255, 255]);

  // The PNG is the SVG above drawn at 2×: a reference drawn from it here matches pixel for pixel…
  const reference = decodePng(await rasterise(page, svg));
  expect(differingRows(png, reference)).toEqual([]);
  // …and one drawn without the citation line differs exactly in the citation's band at the
  // bottom, so the PNG has the citation's pixels in it.
  const uncited = svg.replace(`>${CITATION}</text>`, "></text>");
  const rows = differingRows(png, decodePng(await rasterise(page, uncited)));
  expect(rows.length).toBeGreaterThan(10);
  expect(Math.min(...rows)).toBeGreaterThan(png.height - 160);
});

test("in dark mode the exported picture is dark too", async ({ page }) => {
  await page.goto(`${live.url}/tags/code%3Ageneral_impl?theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const pngFile = await download(page, "Top models: Code Generation", "png");
  expect(pngFile.name).toBe("task-share-models-code-general-impl-2026-11-21.png");
  const png = decodePng(pngFile.bytes);
  expect(pixelAt(png, 4, 4)).toEqual([22, 26, 34, 255]);
  const svg = (await download(page, "Top models: Code Generation", "svg")).bytes.toString("utf8");
  expect(svg).toContain('fill="rgb(86, 180, 233)"');
  expect(svg).toContain(`>${CITATION}</text>`);
});

test("CSV holds exactly the rows on screen, raw fractions, citation, and parses back", async ({
  page,
}) => {
  await page.goto(`${live.url}/?macro=code&sort=tokens`);
  const csv = await download(page, "Tasks: usage share vs token share", "csv");
  expect(csv.name).toBe("task-share-usage-and-tokens-by-tag-code-sorted-by-tokens-2026-11-21.csv");
  const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);

  const screen = await page
    .getByTestId("tag-table")
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => ({
        tag: row.getAttribute("data-tag"),
        usage: row.querySelectorAll("td")[1]?.textContent,
        tokens: row.querySelectorAll("td")[2]?.textContent,
      })),
    );
  const percent = (value: string | undefined) => `${(Number(value) * 100).toFixed(1)}%`;
  expect(
    parsed.data.map((row) => ({
      tag: row.tag,
      usage: percent(row.usage_share),
      tokens: percent(row.token_share),
    })),
  ).toEqual(screen);
  expect(parsed.data[0]).toEqual({
    tag: "code:general_impl",
    display_name: "Code Generation",
    macro_category: "code",
    usage_share: "0.1842",
    token_share: "0.2611",
    token_intensity: String(0.2611 / 0.1842),
    category_usage_share: "0.412",
    category_token_share: "0.4397",
    citation: CITATION,
  });
});

test("JSON holds the same rows with the view, date and citation", async ({ page }) => {
  await page.goto(`${live.url}/?macro=agent&metric=usage`);
  const file = await download(page, "Tasks by usage share", "json");
  expect(file.name).toBe("task-share-usage-by-tag-agent-2026-11-21.json");
  const json = JSON.parse(file.bytes.toString("utf8"));
  expect(json.as_of).toBe("2026-11-21");
  expect(json.citation).toBe(CITATION);
  expect(json.view).toEqual({ macro: "agent", sort: "usage", metric: "usage" });
  // Absolute, like the link drawn under pictures: the file is read away from the site.
  expect(json.permalink).toBe(`${live.url}/?macro=agent&metric=usage&as_of=2026-11-21`);
  expect(json.rows.map((row: { tag: string }) => row.tag)).toEqual([
    "agent:web_search",
    "agent:tool_dispatch",
  ]);
  expect(json.rows[0].usage_share).toBe(0.092);
});

test("the donut exports name their categories with the numbers in the legend", async ({ page }) => {
  await page.goto(live.url);
  const svg = (await download(page, "Share of requests by macro-category", "svg")).bytes.toString(
    "utf8",
  );
  expect(svg).toContain(">Code 44.7%</text>");
  expect(svg).toContain(">Media 3.0%</text>");
  expect(svg).toContain(`>${CITATION}</text>`);
  expect(svg.match(/data-slice=/g)?.length).toBe(5);
});

test("the download menu works by keyboard and closes with Escape", async ({ page }) => {
  await page.goto(`${live.url}/tags/translation`);
  const trigger = page.getByRole("button", { name: "Download Top models: Translation" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(page.locator('[data-format="png"]:visible')).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(trigger).toHaveAttribute("aria-expanded", "false");
  await expect(trigger).toBeFocused();

  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(file.suggestedFilename()).toBe("task-share-models-translation-2026-11-21.csv");
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toHaveText(
    "Downloaded task-share-models-translation-2026-11-21.csv",
  );
});

test("Copy link and Copy citation put the exact view and the citation on the clipboard", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const url = `${live.url}/?macro=data&sort=name&metric=tokens`;
  await page.goto(url);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("share-status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByTestId("share-status")).toHaveText("Citation copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION);
});

test("the provider split and a model's task mix download with their rows and citation", async ({
  page,
}) => {
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  const split = await download(page, "By provider: Code Generation", "csv");
  expect(split.name).toBe("task-share-providers-code-general-impl-2026-11-21.csv");
  const rows = Papa.parse<Record<string, string>>(split.bytes.toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((row) => [row.provider, row.usage_share])).toEqual([
    ["anthropic", "0.214"],
    ["openai", "0.171"],
    ["qwen", "0.093"],
    ["Other models", expect.any(String)],
  ]);
  // The unlisted rest, at full precision: what the three listed models leave.
  expect(rows[3]?.usage_share).toBe("0.522");
  for (const row of rows) expect(row.citation).toBe(CITATION);

  await page.goto(`${live.url}/models/openai/gpt-6-astra-20260903`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const mix = await download(page, "Task mix: openai/gpt-6-astra-20260903", "svg");
  expect(mix.name).toBe("task-share-task-mix-openai-gpt-6-astra-20260903-2026-11-21.svg");
  expect(mix.bytes.toString("utf8")).toContain(`>${CITATION}</text>`);
});
