import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { TEST_API_KEY } from "../support/test-key";
import { edge, live, refresh, sample, upstreamCalls } from "./servers";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test("the fake upstream received the key as a bearer token, on the documented request", async ({
  request,
}) => {
  await request.get(`${live.url}/api/classifications`);
  const calls = await upstreamCalls(live.upstream);
  expect(calls.length).toBeGreaterThanOrEqual(1);
  for (const call of calls) {
    expect(call.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    expect(call.path).toBe("/api/v1/classifications/task?window=7d");
  }
});

test("no page, response header, API body or script the browser loads contains the key", async ({
  page,
}) => {
  const seen: string[] = [];
  page.on("response", async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    const body = await response.text().catch(() => "");
    seen.push(`${response.url()}\n${headers}\n${body}`);
  });
  for (const route of [
    "/",
    "/?sort=tokens",
    "/tags/code%3Ageneral_impl",
    "/tags/nope",
    "/models",
    "/models/openai/gpt-6-astra-20260903",
    "/providers",
    "/api/classifications",
    "/api/models",
  ]) {
    await page.goto(`${live.url}${route}`);
    await page.waitForLoadState("networkidle");
  }
  expect(seen.some((entry) => entry.includes("/_next/static/"))).toBe(true);
  for (const entry of seen) expect(entry).not.toContain(TEST_API_KEY);
});

test("no file of the client build contains the key", () => {
  const files = filesUnder(path.join(process.cwd(), ".next", "static"));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(readFileSync(file, "utf8"), file).not.toContain(TEST_API_KEY);
});

test("no server log line contains the key", () => {
  for (const log of [live.log, sample.log, refresh.log, edge.log]) {
    expect(readFileSync(log, "utf8")).not.toContain(TEST_API_KEY);
  }
});
