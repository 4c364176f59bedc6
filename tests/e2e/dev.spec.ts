import { expect, test } from "@playwright/test";

import { startDevServer, type RunningServer } from "../support/next-server";

// `npm run dev` as a newcomer runs it: opened at either loopback name, the page loads with no
// console error (the production CSP would block React's development-only eval) and hot reload
// connects (Next blocks dev requests from origins it was not told about).

// One development server for both tests, in one worker.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let server: RunningServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startDevServer("dev", {});
});

test.afterAll(async () => {
  await server?.stop();
});

for (const host of ["127.0.0.1", "localhost"]) {
  test(`development at ${host}: no console error, hot reload connected`, async ({ page }) => {
    const port = new URL(server?.url ?? "").port;
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    const hotReload = page.waitForEvent("websocket", {
      predicate: (socket) => socket.url().includes("/_next/"),
      timeout: 180_000,
    });

    const response = await page.goto(`http://${host}:${port}/`, { timeout: 180_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("as-of")).toBeVisible();
    const socket = await hotReload;
    expect(socket.isClosed()).toBe(false);
    // Give late errors (a refused socket, a blocked eval) time to show.
    await page.waitForTimeout(2_000);
    expect(socket.isClosed()).toBe(false);
    expect(errors).toEqual([]);
  });
}
