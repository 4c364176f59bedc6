import { expect, test, type Page } from "@playwright/test";

import { embedHosts, live } from "./servers";

// Embeds: no navigation chrome, fit the frame's width, report their height, keep the title,
// as_of and citation; only this site and EMBED_ALLOWED_ORIGINS may frame them.

const CITATION = "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.";

/** Opens a page of `host` that frames `src` and sizes the frame to the height it reports. */
async function openHostPage(page: Page, host: string, src: string, width = 360) {
  await page.goto(`${host}/report?src=${encodeURIComponent(src)}&width=${width}`);
}

test("an embed keeps titles, date and citation but drops the site's chrome and controls", async ({
  page,
}) => {
  const response = await page.goto(`${live.url}/embed?macro=code&sort=tokens`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
  await expect(page.getByTestId("citation")).toHaveText(CITATION);
  await expect(
    page.getByRole("heading", { name: "Tasks: usage share vs token share" }),
  ).toBeVisible();
  await expect(page.getByTestId("tag-table").locator("tbody tr")).toHaveCount(3);
  await expect(page.locator("svg.chart-surface")).toHaveCount(3);

  await expect(page.getByRole("group", { name: "Colour theme" })).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  await expect(page.getByText("How OpenRouter traffic splits across tasks")).toHaveCount(0);

  const open = page.getByRole("link", { name: /Open in Task Share/ });
  await expect(open).toHaveAttribute("href", "/?macro=code&sort=tokens");
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(page.getByRole("link", { name: "Code Generation" })).toHaveAttribute(
    "target",
    "_blank",
  );
  expect(await page.locator("meta[name=robots]").getAttribute("content")).toContain("noindex");
});

test("embed routes may be framed by the allowed origins; other pages by no one", async ({
  request,
}) => {
  const frameAncestors = (csp: string | undefined) =>
    (csp ?? "").split("; ").find((directive) => directive.startsWith("frame-ancestors"));
  const embed = await request.get(`${live.url}/embed/tags/translation`);
  expect(frameAncestors(embed.headers()["content-security-policy"])).toBe(
    `frame-ancestors 'self' ${embedHosts.allowed} https://intranet.example.com`,
  );
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  for (const path of ["/", "/tags/translation", "/api/classifications"]) {
    const response = await request.get(`${live.url}${path}`);
    expect(frameAncestors(response.headers()["content-security-policy"])).toBe(
      "frame-ancestors 'none'",
    );
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  }
});

test("framed by an allowed site, the embed fits the frame's width and reports its height", async ({
  page,
}) => {
  await openHostPage(
    page,
    embedHosts.allowed,
    `${live.url}/embed/tags/code%3Ageneral_impl?theme=dark`,
  );
  const frame = page.frameLocator("#embed");
  await expect(frame.getByTestId("citation")).toHaveText(CITATION);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Code Generation");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "true");

  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
    .toBeGreaterThan(0);
  const frameHandle = page.frames().find((candidate) => candidate.url().includes("/embed/"));
  if (!frameHandle) throw new Error("embed frame not found");
  const content = await frameHandle.evaluate(() => ({
    height: Math.ceil(document.getElementById("embed-root")?.getBoundingClientRect().height ?? 0),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(content.overflow).toBeLessThanOrEqual(0);
  await expect
    .poll(() => page.locator("#embed").evaluate((iframe) => iframe.getBoundingClientRect().height))
    .toBe(content.height);
  expect(content.height).toBeGreaterThan(600);
});

test("framed by a site that is not allowed, the browser refuses to show the embed", async ({
  page,
}) => {
  await openHostPage(page, embedHosts.other, `${live.url}/embed`);
  await page.waitForTimeout(2_000);
  await expect(page.frameLocator("#embed").getByTestId("citation")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).toEqual(
    [],
  );
});

test("an embed of an unknown tag is the 404 page, with status 404", async ({ request }) => {
  const response = await request.get(`${live.url}/embed/tags/nope`);
  expect(response.status()).toBe(404);
});
