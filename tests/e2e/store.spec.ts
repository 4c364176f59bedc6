import { expect, test } from "@playwright/test";

import { startFakeUpstream } from "../support/fake-upstream";
import { startNextServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";
import { refuseConnections, replicas, respondWith, storeDir, upstreamCalls } from "./servers";

// The snapshot store: restarts, an empty store with a failing upstream, and two replicas
// sharing one PostgreSQL server. Each starts servers of its own, so each gets more time.
test.describe.configure({ timeout: 90_000 });

test("a restart with upstream down serves the last stored snapshot at once", async ({
  request,
}) => {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  const env = {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: storeDir("restart"),
    UPSTREAM_TIMEOUT_MS: "60000",
    // Due again by the time the second server starts, so it calls upstream at once.
    REVALIDATE_SECONDS: "2",
  };
  try {
    const first = await startNextServer("restart-1", env);
    expect((await (await request.get(`${first.url}/api/classifications`)).json()).data.as_of).toBe(
      "2026-11-21",
    );
    await first.stop();

    // Upstream now hangs for a minute, and the server would wait that long for it.
    await respondWith(upstream.controlUrl, {
      fixture: "upstream-2026-11-22.json",
      delayMs: 60_000,
    });
    // Let the refresh window pass, so the restarted server finds a refresh due at start.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const callsBefore = (await upstreamCalls(upstream.controlUrl)).length;
    const second = await startNextServer("restart-2", env);
    try {
      // The restarted server calls upstream at once (a refresh is due): wait until it has.
      await expect
        .poll(async () => (await upstreamCalls(upstream.controlUrl)).length)
        .toBeGreaterThan(callsBefore);
      const response = await request.get(`${second.url}/api/classifications`, {
        timeout: 30_000,
      });
      const page = await request.get(second.url, { timeout: 30_000 });
      expect((await response.json()).data.as_of).toBe("2026-11-21");
      expect(page.status()).toBe(200);
      // Both answered while that call was still unanswered: neither waited for upstream.
      // (Load cannot break this, unlike a time bound; the timeouts above are the backstop.)
      expect((await upstreamCalls(upstream.controlUrl)).at(-1)?.open).toBe(true);
      const status = await (await request.get(`${second.url}/api/status`)).json();
      expect(status).toMatchObject({ store: "embedded", snapshot_count: 1, as_of: "2026-11-21" });
    } finally {
      await second.stop();
    }
  } finally {
    await upstream.close();
  }
});

test("with no good data at all, pages and the API answer 503 with a clear message", async ({
  page,
  request,
}) => {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  await refuseConnections(upstream.controlUrl);
  const server = await startNextServer("no-data", {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: storeDir("no-data"),
  });
  try {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(503);
    // A health check's HEAD answers as GET does; other methods are refused, never a 500.
    expect((await request.head(server.url)).status()).toBe(503);
    for (const method of ["POST", "PUT", "TRACE"]) {
      const refused = await request.fetch(server.url, { method });
      expect(refused.status(), method).toBe(405);
      expect(refused.headers().allow, method).toBe("GET, HEAD");
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "The data is not available right now",
    );
    await expect(page.locator("body")).not.toContainText("Error:");

    const api = await request.get(`${server.url}/api/classifications`);
    expect(api.status()).toBe(503);
    expect(await api.json()).toEqual({
      error: {
        code: 503,
        message: "No data yet: the upstream has not answered. Try again shortly.",
      },
    });
    const status = await request.get(`${server.url}/api/status`);
    expect(status.status()).toBe(503);
    expect(await status.json()).toMatchObject({
      as_of: null,
      stale: true,
      last_error: { code: "network", message: "could not reach upstream" },
      snapshot_count: 0,
    });
  } finally {
    await server.stop();
    await upstream.close();
  }
});

test("two replicas on one PostgreSQL share one upstream call per window and serve the same data", async ({
  request,
}) => {
  const [a, b] = replicas.urls;
  const hammer = async (until: number) => {
    while (Date.now() < until) {
      const responses = await Promise.all(
        [a, b, a, b, a, b].map((url) => request.get(`${url}/api/classifications`)),
      );
      for (const response of responses) expect(response.status()).toBe(200);
    }
  };
  await hammer(Date.now() + 7_000);

  const calls = await upstreamCalls(replicas.upstream);
  expect(calls.length).toBeGreaterThanOrEqual(2);
  for (let index = 1; index < calls.length; index += 1) {
    expect((calls[index]?.at ?? 0) - (calls[index - 1]?.at ?? 0)).toBeGreaterThanOrEqual(2_000);
  }

  await respondWith(replicas.upstream, { fixture: "upstream-2026-11-22.json" });
  for (const url of [a, b]) {
    await expect
      .poll(
        async () => (await (await request.get(`${url}/api/classifications`)).json()).data.as_of,
        {
          timeout: 15_000,
        },
      )
      .toBe("2026-11-22");
    const status = await (await request.get(`${url}/api/status`)).json();
    expect(status).toMatchObject({ store: "postgres", snapshot_count: 2 });
  }
});
