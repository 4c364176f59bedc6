import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: the suite runs seven production servers and a browser on a two-core machine.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 900 },
    launchOptions: chromium,
    reducedMotion: "reduce",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "e2e", testIgnore: /(screenshots|logs)\.spec\.ts/ },
    { name: "screenshots", testMatch: /screenshots\.spec\.ts/ },
    // After everything else, so the server logs it reads are complete.
    { name: "logs", testMatch: /logs\.spec\.ts/, dependencies: ["e2e", "screenshots"] },
  ],
});
