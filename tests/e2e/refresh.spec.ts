import { expect, test } from "@playwright/test";

import { readFixture } from "../support/fake-upstream";
import { refresh, respondWith, upstreamCalls } from "./servers";

// The refresh server revalidates every 2 s (REVALIDATE_SECONDS=2). These tests share it and its
// fake upstream, so they run in order.
test.describe.configure({ mode: "serial" });

const WINDOW_MS = 2_000;

test("a burst of concurrent visitors makes at most one upstream call per window", async ({
  request,
}) => {
  // The server loaded its first snapshot at start (instrumentation.ts); the first visitors
  // sharing one call on an empty store is covered by the refresher's unit tests.
  const before = (await upstreamCalls(refresh.upstream)).length;
  const routes = ["/", "/api/classifications", "/tags/code%3Ageneral_impl"];
  const started = Date.now();
  const responses = await Promise.all(
    Array.from({ length: 24 }, (_, index) =>
      request.get(`${refresh.url}${routes[index % routes.length]}`),
    ),
  );
  const elapsed = Date.now() - started;
  for (const response of responses) expect(response.status()).toBe(200);
  const during = (await upstreamCalls(refresh.upstream)).length - before;
  expect(during).toBeLessThanOrEqual(1 + Math.floor(elapsed / WINDOW_MS));
});

test("a day fetched again unchanged changes nothing a client sees: its pin stays immutable", async ({
  request,
}) => {
  const pinned = `${refresh.url}/api/classifications?as_of=2026-11-21`;
  const first = await request.get(pinned);
  expect(first.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const { fetched_at: fetchedAt } = (await first.json()) as { fetched_at: string };
  const before = (await upstreamCalls(refresh.upstream)).length;
  // Two more windows: the same day comes back from upstream, unchanged, and is stored again.
  await expect
    .poll(
      async () => {
        await request.get(`${refresh.url}/api/classifications`);
        return (await upstreamCalls(refresh.upstream)).length - before;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(2);
  const again = await request.get(pinned);
  expect(again.headers().etag).toBe(first.headers().etag);
  expect(again.headers()["last-modified"]).toBe(first.headers()["last-modified"]);
  expect(((await again.json()) as { fetched_at: string }).fetched_at).toBe(fetchedAt);
  const revalidated = await request.get(pinned, {
    headers: { "If-None-Match": first.headers().etag ?? "" },
  });
  expect(revalidated.status()).toBe(304);
});

test("an open page picks up newer server data without a reload", async ({ page }) => {
  await page.goto(refresh.url);
  await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  await respondWith(refresh.upstream, { fixture: "upstream-2026-11-22.json" });

  await expect(page.getByTestId("as-of")).toHaveText("2026-11-22", { timeout: 15_000 });
  await expect(page.getByTestId("citation")).toHaveText(
    "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-22.",
  );
  await expect(page.getByTestId("tag-table").locator("tbody tr").first()).toHaveAttribute(
    "data-tag",
    "code:general_impl",
  );
  await expect(page.locator('tr[data-tag="code:general_impl"] td').nth(1)).toHaveText("19.0%");
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});

test("a failing upstream never replaces good data, and pages stay fast", async ({ request }) => {
  await respondWith(refresh.upstream, {
    status: 500,
    body: "<html>oops</html>",
    contentType: "text/html",
  });
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 500));
  const before = (await upstreamCalls(refresh.upstream)).length;

  // The first request after the window triggers a refresh in the background and does not wait.
  const started = Date.now();
  const response = await request.get(`${refresh.url}/api/classifications`);
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(response.status()).toBe(200);
  await expect.poll(async () => (await upstreamCalls(refresh.upstream)).length).toBe(before + 1);

  const body = await (await request.get(`${refresh.url}/api/classifications`)).json();
  expect(body.data).toEqual(JSON.parse(readFixture("upstream-2026-11-22.json")).data);
});

test("calls to upstream are never closer together than the refresh window", async () => {
  const calls = await upstreamCalls(refresh.upstream);
  expect(calls.length).toBeGreaterThanOrEqual(3);
  for (let index = 1; index < calls.length; index += 1) {
    const gap = calls[index]!.at - calls[index - 1]!.at;
    expect(gap).toBeGreaterThanOrEqual(WINDOW_MS);
  }
});
