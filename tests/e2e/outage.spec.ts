import { expect, test } from "@playwright/test";

import { startFakeUpstream } from "../support/fake-upstream";
import { startNextServer, type RunningServer } from "../support/next-server";
import { createDatabase, startPostgres } from "../support/postgres";
import { TEST_API_KEY } from "../support/test-key";

// A PostgreSQL outage under two replicas: every page and API answer keeps serving the day held
// in memory, says that the store is unavailable, and recovers by itself when it is back.

test.describe.configure({ timeout: 120_000 });

const ROUTES = [
  "/",
  "/tags/code%3Ageneral_impl",
  "/embed",
  "/models",
  "/providers",
  "/preview",
  "/api/classifications",
  "/api/history?tag=code%3Ageneral_impl",
  "/api/models",
  "/api/status",
];

test("with the database down, two replicas serve the held day with a notice, then recover", async ({
  page,
  request,
}) => {
  const postgres = await startPostgres();
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  const servers: RunningServer[] = [];
  try {
    const env = {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATABASE_URL: createDatabase(postgres.url, "outage"),
    };
    servers.push(await startNextServer("outage-a", env), await startNextServer("outage-b", env));
    for (const server of servers) {
      const status = await (await request.get(`${server.url}/api/status`)).json();
      expect(status).toMatchObject({ as_of: "2026-11-21", store: "postgres", snapshot_count: 1 });
    }

    await postgres.pause();
    for (const server of servers) {
      for (const route of ROUTES) {
        const response = await request.get(`${server.url}${route}`);
        expect(response.status(), `${route} with the database down`).toBe(200);
      }
      // Each replica notices at its next look at the store (every 5 s at the most).
      await expect
        .poll(async () => await (await request.get(`${server.url}/api/status`)).json(), {
          timeout: 20_000,
        })
        .toMatchObject({ as_of: "2026-11-21", store_failing_since: expect.any(String) });
      await page.goto(server.url);
      await expect(page.getByTestId("store-notice")).toContainText(
        "showing the data from 2026-11-21 held in memory",
      );
      await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
    }

    await postgres.resume();
    for (const server of servers) {
      await expect
        .poll(async () => await (await request.get(`${server.url}/api/status`)).json(), {
          timeout: 20_000,
        })
        .toMatchObject({ store_failing_since: null, snapshot_count: 1 });
      await page.goto(server.url);
      await expect(page.getByTestId("as-of")).toHaveText("2026-11-21");
      await expect(page.getByTestId("store-notice")).toHaveCount(0);
    }
  } finally {
    for (const server of servers) await server.stop();
    await upstream.close();
    await postgres.stop();
  }
});
