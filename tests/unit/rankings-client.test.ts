import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { UpstreamConfig } from "@/lib/openrouter/fetch";
import { fetchRankings } from "@/lib/openrouter/rankings-client";
import { UpstreamError } from "@/lib/openrouter/errors";

import { answerFor, fakeModels } from "../support/fake-rankings";

// The rankings client against a local server: the fake upstream's documented answers, or a
// reply the test writes.

const NOW = Date.parse("2026-11-24T08:00:00Z");
let server: Server;
let config: UpstreamConfig;
let reply:
  ((url: URL) => { status: number; body: string; headers?: Record<string, string> }) | undefined;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://local");
    seen.push(`${url.pathname}${url.search}`);
    const answer = reply?.(url) ?? {
      ...answerFor(url.searchParams, fakeModels(), new Date(NOW)),
      headers: {},
    };
    const body = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    response.writeHead(answer.status, { "Content-Type": "application/json", ...answer.headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  config = {
    apiKey: "sk-or-v1-unit-test",
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    timeoutMs: 2_000,
    maxBytes: 16 * 1024 * 1024,
    now: () => NOW,
  };
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  reply = undefined;
  seen.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UpstreamError))
    throw new Error(`expected an UpstreamError, got ${String(error)}`);
  return error;
}

describe("fetchRankings", () => {
  it("asks for the series and range, and keeps every token exactly", async () => {
    const answer = await fetchRankings(config, {
      period: "week",
      category: "marketing/seo",
      startDate: "2025-01-01",
    });
    expect(seen).toEqual([
      "/api/v1/datasets/rankings-daily?period=week&start_date=2025-01-01&category=marketing%2Fseo",
    ]);
    expect(answer).toMatchObject({
      startDate: "2025-01-01",
      endDate: "2026-11-23",
      asOf: "2026-11-23T23:30:00Z",
    });
    expect(answer.rows[0]?.date).toBe("2024-12-30");
    expect(answer.rows.at(-1)).toMatchObject({ date: "2026-11-23", model: "other" });
  });

  it("reads decimal strings past 2^53 as exact integers", async () => {
    const answer = await fetchRankings(config, {
      period: "month",
      category: null,
      startDate: "2025-01-01",
      endDate: "2025-01-31",
    });
    const big = answer.rows.find((row) => row.model.startsWith("vendor-0/model-0-"));
    // Model 0 has 9007199254740993 + 7·day tokens each day: 31 days, days 0..30.
    expect(big?.totalTokens).toBe(31n * 9_007_199_254_740_993n + 7n * 465n);
    expect(big && big.totalTokens > BigInt(Number.MAX_SAFE_INTEGER) * 31n).toBe(true);
  });

  it("passes upstream's refusals on with their code, Retry-After included", async () => {
    const dayCategory = await failure(
      fetchRankings(config, { period: "day", category: "legal", startDate: "2025-01-01" }),
    );
    expect(dayCategory).toMatchObject({ failure: "http_error", status: 400 });
    reply = () => ({ status: 429, body: "{}", headers: { "Retry-After": "42" } });
    const limited = await failure(
      fetchRankings(config, { period: "day", category: null, startDate: "2025-01-01" }),
    );
    expect(limited).toMatchObject({ failure: "rate_limited", retryAfterSeconds: 42 });
  });

  it("refuses a body over the cap", async () => {
    const small = { ...config, maxBytes: 64 * 1024 };
    const error = await failure(
      fetchRankings(small, { period: "day", category: null, startDate: "2025-01-01" }),
    );
    expect(error.failure).toBe("too_large");
  });

  it.each([
    ["a float count", { date: "2026-11-20", model_permaslug: "a/b", total_tokens: "1e5" }],
    ["a number count", { date: "2026-11-20", model_permaslug: "a/b", total_tokens: 12 }],
    ["a negative count", { date: "2026-11-20", model_permaslug: "a/b", total_tokens: "-4" }],
    ["a date past tomorrow", { date: "2026-11-26", model_permaslug: "a/b", total_tokens: "4" }],
  ])("refuses an answer with %s", async (_, row) => {
    reply = () => ({
      status: 200,
      body: JSON.stringify({
        data: [row],
        meta: {
          as_of: "2026-11-24T06:00:00Z",
          start_date: "2026-11-20",
          end_date: "2026-11-20",
          version: "v1",
        },
      }),
    });
    const error = await failure(
      fetchRankings(config, { period: "day", category: null, startDate: "2026-11-20" }),
    );
    expect(error.failure).toBe("invalid_payload");
  });

  it("refuses rows whose dates go backwards or repeat a model", async () => {
    const row = (date: string, model: string) => ({
      date,
      model_permaslug: model,
      total_tokens: "1",
    });
    for (const data of [
      [row("2026-11-21", "a/b"), row("2026-11-20", "a/b")],
      [row("2026-11-20", "a/b"), row("2026-11-20", "a/b")],
    ]) {
      reply = () => ({
        status: 200,
        body: JSON.stringify({
          data,
          meta: {
            as_of: "2026-11-24T06:00:00Z",
            start_date: "2026-11-20",
            end_date: "2026-11-21",
            version: "v1",
          },
        }),
      });
      const error = await failure(
        fetchRankings(config, { period: "day", category: null, startDate: "2026-11-20" }),
      );
      expect(error.failure).toBe("invalid_payload");
    }
  });
  it("refuses a future as_of and rows dated before OpenRouter existed", async () => {
    const answer =
      (data: unknown[], asOf: string, startDate = "2026-11-20") =>
      () => ({
        status: 200,
        body: JSON.stringify({
          data,
          meta: { as_of: asOf, start_date: startDate, end_date: "2026-11-21", version: "v1" },
        }),
      });
    const row = { date: "2026-11-21", model_permaslug: "a/b", total_tokens: "1" };
    const cases: Array<[() => { status: number; body: string }, string]> = [
      [
        answer([row], "2099-01-01T00:00:00Z"),
        "upstream payload failed validation: as_of 2099-01-01T00:00:00Z is later than 2026-11-25",
      ],
      [
        answer([{ ...row, date: "1900-01-01" }, row], "2026-11-24T06:00:00Z"),
        "upstream payload failed validation: dates from 1900-01-01 are earlier than 2023-01-01",
      ],
    ];
    for (const [steer, message] of cases) {
      reply = steer;
      const error = await failure(
        fetchRankings(config, { period: "day", category: null, startDate: "2026-11-20" }),
      );
      expect(error.failure).toBe("invalid_payload");
      expect(error.message).toBe(message);
    }
  });
});
