import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { fetchTaskClassifications } from "@/lib/openrouter/client";
import { parseRetryAfter, type UpstreamConfig } from "@/lib/openrouter/fetch";
import { UpstreamError } from "@/lib/openrouter/errors";
import { MAX_MODELS_PER_TASK, MAX_TASKS } from "@/lib/openrouter/schema";

import { fixtureData, fixtureJson, fixtureText, withChange } from "./fixture-helpers";

const API_KEY = "sk-or-v1-unit-test-0123456789abcdef";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
type Seen = { method: string | undefined; url: string | undefined; headers: IncomingHttpHeaders };

let server: Server;
let origin: string;
let handler: Handler;
let seen: Seen[] = [];
const unanswered = new Set<ServerResponse>();

function listen(target: Server): Promise<string> {
  return new Promise((resolve) => {
    target.listen(0, "127.0.0.1", () => {
      const address = target.address();
      if (address === null || typeof address === "string") throw new Error("not a TCP server");
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
}

function close(target: Server): Promise<void> {
  return new Promise((resolve) => {
    target.closeAllConnections();
    target.close(() => resolve());
  });
}

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ method: request.method, url: request.url, headers: request.headers });
    unanswered.add(response);
    response.on("close", () => unanswered.delete(response));
    handler(request, response);
  });
  origin = await listen(server);
});

afterEach(() => {
  // Drops only the sockets a hanging handler left open: closing idle keep-alive sockets too
  // would race the client's connection pool and fail the next test with "other side closed".
  for (const response of unanswered) response.socket?.destroy();
  unanswered.clear();
  seen = [];
});

afterAll(() => close(server));

function config(overrides: Partial<UpstreamConfig> = {}): UpstreamConfig {
  return {
    apiKey: API_KEY,
    baseUrl: `${origin}/api/v1`,
    timeoutMs: 2_000,
    maxBytes: 1_000_000,
    // The fixture is dated 2026-11-21: "now" is the next day at noon, UTC.
    now: () => Date.parse("2026-11-22T12:00:00Z"),
    ...overrides,
  };
}

function reply(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { "Content-Type": "application/json", ...headers });
    response.end(body);
  };
}

/** The UpstreamError a call rejects with (fails the test if it resolves or throws anything else). */
async function failureOf(promise: Promise<unknown>): Promise<UpstreamError> {
  const error: unknown = await promise.then(
    () => new Error("expected the call to fail"),
    (reason: unknown) => reason,
  );
  if (!(error instanceof UpstreamError)) throw error;
  return error;
}

function expectNoKey(error: UpstreamError) {
  expect(error.message).not.toContain(API_KEY);
  expect(String(error)).not.toContain(API_KEY);
  expect(JSON.stringify({ ...error, message: error.message })).not.toContain(API_KEY);
  expect(String(error.cause ?? "")).not.toContain(API_KEY);
}

describe("fetchTaskClassifications against a local upstream", () => {
  it("returns the validated data of a good 200", async () => {
    handler = reply(200, fixtureText("upstream-2026-11-21.json"));
    const data = await fetchTaskClassifications(config());
    expect(data).toEqual(fixtureData());
    expect(data.as_of).toBe("2026-11-21");
    expect(data.classifications).toHaveLength(10);
  });

  it("sends GET {base}/classifications/task?window=7d with the key as a Bearer token", async () => {
    handler = reply(200, fixtureText("upstream-2026-11-21.json"));
    await fetchTaskClassifications(config());
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url).toBe("/api/v1/classifications/task?window=7d");
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen[0]?.headers.accept).toBe("application/json");
    expect(seen[0]?.headers["x-title"]).toBe("Task Share");
  });

  it("drops trailing slashes from the base URL and encodes the window", async () => {
    handler = reply(200, fixtureText("upstream-2026-11-21.json"));
    await fetchTaskClassifications(config({ baseUrl: `${origin}/api/v1//` }), "30d&x=1");
    expect(seen[0]?.url).toBe("/api/v1/classifications/task?window=30d%26x%3D1");
  });

  it("makes exactly one request per call, also when it fails", async () => {
    handler = reply(500, "");
    await failureOf(fetchTaskClassifications(config()));
    expect(seen).toHaveLength(1);
  });

  it("maps 401 to unauthorized without putting the key in the error", async () => {
    handler = reply(401, JSON.stringify({ error: { code: 401, message: `bad key ${API_KEY}` } }));
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.name).toBe("UpstreamError");
    expect(error.failure).toBe("unauthorized");
    expect(error.status).toBe(401);
    expect(error.message).toBe("upstream rejected the API key (HTTP 401)");
    expectNoKey(error);
  });

  it("maps 403 to unauthorized", async () => {
    handler = reply(403, "<html>Forbidden</html>", { "Content-Type": "text/html" });
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("unauthorized");
    expect(error.status).toBe(403);
  });

  it("maps 429 with Retry-After: 30 to rate_limited with retryAfterSeconds 30", async () => {
    handler = reply(429, JSON.stringify({ error: { code: 429, message: "Rate limit exceeded" } }), {
      "Retry-After": "30",
    });
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("rate_limited");
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe("upstream rate limited (HTTP 429)");
    expectNoKey(error);
  });

  it("maps 429 without Retry-After to rate_limited with no retry delay", async () => {
    handler = reply(429, "");
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("rate_limited");
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it.each([500, 400, 404, 502, 503])(
    "maps HTTP %i to http_error with that status",
    async (status) => {
      handler = reply(status, "<html><body>oops</body></html>", { "Content-Type": "text/html" });
      const error = await failureOf(fetchTaskClassifications(config()));
      expect(error.failure).toBe("http_error");
      expect(error.status).toBe(status);
      expect(error.message).toBe(`upstream answered HTTP ${status}`);
      expect(error.retryAfterSeconds).toBeUndefined();
      expectNoKey(error);
    },
  );

  it("maps a 200 whose body is not JSON to invalid_json", async () => {
    handler = reply(200, "<html>maintenance</html>", { "Content-Type": "text/html" });
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("invalid_json");
    expect(error.status).toBe(200);
    expect(error.message).toBe("upstream sent a body that is not JSON");
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("maps an empty 200 to invalid_json", async () => {
    handler = reply(200, "");
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("invalid_json");
  });

  it("maps a 200 that fails the schema to invalid_payload, naming the problem", async () => {
    const body = withChange(fixtureJson(), ["data", "classifications", 1, "usage_share"], 1.5);
    handler = reply(200, JSON.stringify(body));
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("invalid_payload");
    expect(error.status).toBe(200);
    expect(error.message).toBe(
      "upstream payload failed validation: data.classifications.1.usage_share: Too big: expected number to be <=1",
    );
  });

  it("refuses a day later than tomorrow (UTC), and accepts tomorrow", async () => {
    const future = withChange(fixtureJson(), ["data", "as_of"], "2099-01-01");
    handler = reply(200, JSON.stringify(future));
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("invalid_payload");
    expect(error.message).toBe(
      "upstream payload failed validation: as_of 2099-01-01 is later than 2026-11-23",
    );
    const tomorrow = withChange(fixtureJson(), ["data", "as_of"], "2026-11-23");
    handler = reply(200, JSON.stringify(tomorrow));
    expect((await fetchTaskClassifications(config())).as_of).toBe("2026-11-23");
  });

  it("refuses a day before OpenRouter served traffic", async () => {
    const ancient = withChange(fixtureJson(), ["data", "as_of"], "1900-01-01");
    handler = reply(200, JSON.stringify(ancient));
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("invalid_payload");
    expect(error.message).toBe(
      "upstream payload failed validation: as_of 1900-01-01 is earlier than 2023-01-01",
    );
  });

  it("cuts a runaway display name or label to 200 characters, with a log line", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const long = withChange(
      withChange(
        fixtureJson(),
        ["data", "classifications", 1, "display_name"],
        "N".repeat(150_000),
      ),
      ["data", "macro_categories", 0, "label"],
      "L".repeat(300),
    );
    handler = reply(200, JSON.stringify(long));
    const data = await fetchTaskClassifications(config());
    expect(data.classifications[1]?.display_name).toBe(`${"N".repeat(199)}…`);
    expect(data.macro_categories[0]?.label).toBe(`${"L".repeat(199)}…`);
    expect(data.classifications[0]).toEqual(fixtureData().classifications[0]);
    const tag = fixtureData().classifications[1]?.tag;
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      `[task-share] upstream task answer: task ${tag}: a name of 150000 characters cut to 200`,
      `[task-share] upstream task answer: category ${fixtureData().macro_categories[0]?.key}: a name of 300 characters cut to 200`,
    ]);
    warn.mockRestore();
  });

  it("refuses an identity past 500 characters, and a NUL anywhere, as invalid payloads", async () => {
    const cases: Array<[unknown, string]> = [
      [
        withChange(fixtureJson(), ["data", "classifications", 1, "tag"], "t".repeat(501)),
        "data.classifications.1.tag: Too big: expected string to have <=500 characters",
      ],
      [
        withChange(
          fixtureJson(),
          ["data", "classifications", 1, "models", 0, "id"],
          "m".repeat(501),
        ),
        "data.classifications.1.models.0.id: Too big: expected string to have <=500 characters",
      ],
      [
        withChange(fixtureJson(), ["data", "classifications", 1, "display_name"], "Co\u0000de"),
        "data.classifications.1.display_name: contains a NUL character",
      ],
      [
        withChange(fixtureJson(), ["data", "future_field"], { "k\u0000": 1 }),
        "data: a string contains a NUL character",
      ],
    ];
    for (const [body, problem] of cases) {
      handler = reply(200, JSON.stringify(body));
      const error = await failureOf(fetchTaskClassifications(config()));
      expect(error.failure).toBe("invalid_payload");
      expect(error.message).toContain(problem);
    }
  });

  it("refuses more tasks, or more models in a task, than any real answer holds", async () => {
    const data = fixtureData();
    const first = data.classifications[0];
    if (!first) throw new Error("the fixture has no task");
    const manyTasks = Array.from({ length: MAX_TASKS + 1 }, (_, index) => ({
      ...first,
      tag: `task:${index}`,
    }));
    handler = reply(200, JSON.stringify({ data: { ...data, classifications: manyTasks } }));
    const tooManyTasks = await failureOf(fetchTaskClassifications(config()));
    expect(tooManyTasks.failure).toBe("invalid_payload");
    expect(tooManyTasks.message).toContain(`expected array to have <=${MAX_TASKS} items`);

    const manyModels = Array.from({ length: MAX_MODELS_PER_TASK + 1 }, (_, index) => ({
      id: `vendor/model-${index}`,
      tag_usage_share: 0.001,
      tag_token_share: 0.001,
    }));
    const wide = { ...data, classifications: [{ ...first, models: manyModels }] };
    handler = reply(200, JSON.stringify({ data: wide }));
    const tooManyModels = await failureOf(fetchTaskClassifications(config()));
    expect(tooManyModels.failure).toBe("invalid_payload");
    expect(tooManyModels.message).toContain(
      `expected array to have <=${MAX_MODELS_PER_TASK} items`,
    );
  });

  it("refuses a body larger than maxBytes from its Content-Length, without reading it", async () => {
    handler = reply(200, "x".repeat(2_000_000));
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("too_large");
    expect(error.message).toBe("upstream sent more than 1000000 bytes");
  });

  it("stops reading an endless stream at maxBytes, long before the timeout", async () => {
    let sent = 0;
    handler = (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      const chunk = "x".repeat(64 * 1024);
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) sent += chunk.length;
        if (!response.destroyed) response.once("drain", pump);
      };
      pump();
    };
    const started = performance.now();
    const error = await failureOf(
      fetchTaskClassifications(config({ timeoutMs: 10_000, maxBytes: 256 * 1024 })),
    );
    expect(error.failure).toBe("too_large");
    expect(performance.now() - started).toBeLessThan(5_000);
    // What was sent before the client hung up is bounded by the cap and the socket's buffers.
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it("maps a 200 error envelope to invalid_payload", async () => {
    handler = reply(200, JSON.stringify({ error: { code: 500, message: "internal" } }));
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("invalid_payload");
    expect(error.message).toBe(
      "upstream payload failed validation: data: Invalid input: expected object, received undefined",
    );
  });

  it("times out within timeoutMs when the upstream never answers", async () => {
    handler = () => undefined;
    const started = performance.now();
    const error = await failureOf(fetchTaskClassifications(config({ timeoutMs: 200 })));
    const elapsed = performance.now() - started;
    expect(error.failure).toBe("timeout");
    expect(error.message).toBe("upstream did not answer within 200 ms");
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(2_000);
  });

  it("times out when the headers arrive but the body stalls", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"data": {"as_of": "2026-11-21", ');
    };
    const started = performance.now();
    const error = await failureOf(fetchTaskClassifications(config({ timeoutMs: 200 })));
    expect(error.failure).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("maps a refused connection to network", async () => {
    const closed = createServer();
    const closedOrigin = await listen(closed);
    await close(closed);
    const error = await failureOf(
      fetchTaskClassifications(config({ baseUrl: `${closedOrigin}/api/v1` })),
    );
    expect(error.failure).toBe("network");
    expect(error.message).toBe("could not reach upstream");
    expect(error.status).toBeUndefined();
    expectNoKey(error);
  });

  it("maps a connection dropped before any answer to network", async () => {
    handler = (request) => request.socket.destroy();
    const error = await failureOf(fetchTaskClassifications(config()));
    expect(error.failure).toBe("network");
  });

  // /api/classifications promises the upstream `data` unchanged, new fields included.
  it("returns the upstream data unchanged, including fields the schema does not know", async () => {
    const good = fixtureData();
    const [first, ...rest] = good.classifications;
    if (!first) throw new Error("fixture has no classifications");
    const data = {
      ...good,
      sampled_requests_note: "shares of a 1% sample",
      classifications: [{ ...first, request_count_bucket: "high" }, ...rest],
    };
    handler = reply(200, JSON.stringify({ data }));
    expect(await fetchTaskClassifications(config())).toEqual(data);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-22T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("30", now)).toBe(30);
    expect(parseRetryAfter(" 120 ", now)).toBe(120);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("turns an HTTP date into whole seconds from now, rounding up", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:00:00 GMT", now + 1)).toBe(0);
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:00:10 GMT", now + 500)).toBe(10);
  });

  it("treats an HTTP date in the past as 0", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores garbage, empty and missing values", () => {
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("30s", now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
