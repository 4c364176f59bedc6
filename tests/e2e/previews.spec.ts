import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { decodePng } from "../support/png";
import { history, live } from "./servers";

// Link previews: each page names itself and points to an Open Graph image drawn on the server.

async function meta(page: import("@playwright/test").Page, selector: string) {
  return page.locator(selector).getAttribute("content");
}

test("the overview has its own description and a PNG preview with the headline numbers", async ({
  page,
  request,
}) => {
  await page.goto(live.url);
  await expect(page).toHaveTitle("Task Share");
  const description =
    "OpenRouter requests by task, 7 days to 2026-11-21: Code 44.7%, General 32.5%, Agent 15.7%, Data 4.1%, Media 3.0%. Top task: Roleplay & Fiction, 19.0%.";
  expect(await meta(page, "meta[name=description]")).toBe(description);
  expect(await meta(page, "meta[property='og:description']")).toBe(description);
  expect(await meta(page, "meta[property='og:title']")).toBe(
    "Task Share: OpenRouter traffic by task",
  );
  expect(await meta(page, "meta[name='twitter:card']")).toBe("summary_large_image");

  const image = await meta(page, "meta[property='og:image']");
  expect(image).toBe(`${live.url}/preview`);
  const response = await request.get(image ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = decodePng(await response.body());
  expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
  expect(await meta(page, "meta[property='og:image:alt']")).toContain("Task Share");
});

test("each tag has its own title, description and preview image", async ({ page, request }) => {
  await page.goto(`${live.url}/tags/code%3Ageneral_impl`);
  expect(await meta(page, "meta[property='og:title']")).toBe("Code Generation · Task Share");
  expect(await meta(page, "meta[name=description]")).toBe(
    "Code Generation: 18.4% of classified OpenRouter requests and 26.1% of tokens (intensity 1.42×), 7 days to 2026-11-21, with its top models.",
  );
  const image = await meta(page, "meta[property='og:image']");
  expect(image).toBe(`${live.url}/tags/code%3Ageneral_impl/preview`);
  const response = await request.get(image ?? "");
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect(decodePng(body).width).toBe(1200);

  // Different data, different picture: the overview's image is not reused.
  const overview = await request.get(`${live.url}/preview`);
  expect(Buffer.compare(await overview.body(), body)).not.toBe(0);
});

test("a preview for an unknown tag is still an image, never an error page", async ({ request }) => {
  const response = await request.get(`${live.url}/tags/nope/preview`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("a pinned view previews its own date's numbers, not the latest", async ({ page, request }) => {
  await page.goto(`${history.url}/tags/code%3Ageneral_impl?as_of=2026-11-18`);
  const image = await meta(page, "meta[property='og:image']");
  expect(image).toBe(`${history.url}/tags/code%3Ageneral_impl/preview?as_of=2026-11-18`);
  expect(await meta(page, "meta[name='twitter:image']")).toBe(image);
  const pinned = await request.get(image ?? "");
  expect(pinned.status()).toBe(200);
  expect(pinned.headers()["content-type"]).toBe("image/png");
  const latest = await request.get(`${history.url}/tags/code%3Ageneral_impl/preview`);
  expect(Buffer.compare(await pinned.body(), await latest.body())).not.toBe(0);

  await page.goto(`${history.url}/?as_of=2026-11-18`);
  expect(await meta(page, "meta[property='og:image']")).toBe(
    `${history.url}/preview?as_of=2026-11-18`,
  );
  // A date with no snapshot stored has no picture to draw.
  const missing = await request.get(`${history.url}/preview?as_of=2026-11-17`);
  expect(missing.status()).toBe(404);
  // The same answer as every API route's for a date with nothing stored.
  expect(await missing.json()).toEqual({
    error: {
      code: 404,
      message: "No snapshot is stored for 2026-11-17.",
      nearest_dates: ["2026-11-15", "2026-11-16", "2026-11-18", "2026-11-21"],
    },
  });
});

// A browser's page load, as the render cache in front of the app sees it.
const DOCUMENT = { "sec-fetch-dest": "document", accept: "text/html,application/xhtml+xml" };

function ogImage(html: string): string | undefined {
  return /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1];
}

test("a page load names its preview image on the server's own origin, cached or not", async ({
  request,
}) => {
  for (let load = 0; load < 2; load += 1) {
    const response = await request.get(`${live.url}/?metric=usage`, { headers: DOCUMENT });
    expect(response.status()).toBe(200);
    expect(ogImage(await response.text())).toMatch(new RegExp(`^${live.url}/preview`));
  }
  // The same page asked for through another host: its own origin, not the one cached before.
  const forwarded = await request.get(`${live.url}/?metric=usage`, {
    headers: {
      ...DOCUMENT,
      "x-forwarded-host": "task-share.example.com",
      "x-forwarded-proto": "https",
    },
  });
  expect(ogImage(await forwarded.text())).toMatch(/^https:\/\/task-share\.example\.com\/preview/);
});

test("a hostile X-Forwarded-Proto never makes a preview URL other than http(s), nor an error", async ({
  request,
}) => {
  const logBefore = readFileSync(live.log, "utf8").length;
  for (const proto of ["javascript", "javascript:alert(1)//", "data", "HTTPS:"]) {
    const response = await request.get(`${live.url}/tags/code%3Ageneral_impl`, {
      headers: { ...DOCUMENT, "x-forwarded-proto": proto },
    });
    expect(response.status(), proto).toBe(200);
    const image = ogImage(await response.text());
    expect(image, proto).toMatch(/^https?:\/\//);
    expect(image, proto).toMatch(new RegExp(`^${live.url}/`));
  }
  const logged = readFileSync(live.log, "utf8").slice(logBefore);
  expect(logged).not.toMatch(/\n\s+at /);
  expect(logged).not.toContain("Error");
});
