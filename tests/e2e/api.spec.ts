import { expect, test } from "@playwright/test";

import { readFixture } from "../support/fake-upstream";
import { live } from "./servers";

test("GET /api/classifications republishes the upstream data unchanged, with provenance", async ({
  request,
}) => {
  const response = await request.get(`${live.url}/api/classifications`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body.data).toEqual(JSON.parse(readFixture("upstream-2026-11-21.json")).data);
  expect(body.citation).toBe("Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-21.");
  expect(body.source).toBe("live");
  expect(new Date(body.fetched_at).toISOString()).toBe(body.fetched_at);
  expect(Object.keys(body).sort()).toEqual(["citation", "data", "fetched_at", "source"]);
});
