import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { TEST_API_KEY } from "../support/test-key";
import { edge, faults, history, live, refresh, replicas, sample } from "./servers";

// Runs after every other test (see playwright.config.ts), so it reads complete server logs,
// error paths included.
test("no server log line contains the key", () => {
  for (const log of [
    live.log,
    sample.log,
    refresh.log,
    faults.log,
    edge.log,
    history.log,
    ...replicas.logs,
  ]) {
    expect(readFileSync(log, "utf8"), log).not.toContain(TEST_API_KEY);
  }
});
