import { z } from "zod";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";

import { withApiErrors } from "@/lib/http/api-response";
import type { ApiRoute } from "@/lib/http/api-schemas/api-route";
import { NoDataError } from "@/lib/data/service";

const ROUTE = "http://127.0.0.1:3000/api/classifications";

let consoleError: MockInstance<typeof console.error>;
let handled: string[];

beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
  handled = [];
});

afterEach(() => {
  consoleError.mockRestore();
});

/** A route's description taking `names` as free-form query parameters. */
function taking(...names: string[]): ApiRoute {
  return {
    path: "/api/test",
    operationId: "test",
    summary: "",
    description: "",
    params: names.map((name) => ({ name, in: "query", description: "", schema: z.string() })),
    answers: {},
    cached: false,
  };
}

/** A route that records the requests it was given and answers 200 with a small body. */
const okRoute = async (request: Request) => {
  handled.push(request.url);
  return Response.json({ ok: true }, { headers: { "Cache-Control": "public, max-age=60" } });
};

function failingRoute(error: unknown) {
  return async () => {
    throw error;
  };
}

async function expectApiError(
  response: Response,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toBe("application/json");
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  for (const [name, value] of Object.entries(headers)) {
    expect(response.headers.get(name)).toBe(value);
  }
  expect(await response.json()).toEqual({ error: { code: status, message } });
}

describe("withApiErrors: the query", () => {
  it("passes a request with no query, or only allowed parameters, to the handler", async () => {
    const route = withApiErrors(taking("window", "tag"), okRoute);
    const plain = await route(new Request(ROUTE));
    expect(plain.status).toBe(200);
    expect(plain.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(await plain.json()).toEqual({ ok: true });

    const withParams = await route(new Request(`${ROUTE}?tag=code%3Ageneral_impl&window=7d`));
    expect(withParams.status).toBe(200);
    expect(handled).toEqual([ROUTE, `${ROUTE}?tag=code%3Ageneral_impl&window=7d`]);
  });

  it("answers 400 for a parameter a route without parameters does not take", async () => {
    const route = withApiErrors(taking(), okRoute);
    await expectApiError(
      await route(new Request(`${ROUTE}?debug=1`)),
      400,
      "Unknown query parameter debug (this route takes none).",
    );
    expect(handled).toEqual([]);
  });

  it("names every unknown parameter once, and the accepted ones", async () => {
    const route = withApiErrors(taking("window", "tag"), okRoute);
    await expectApiError(
      await route(new Request(`${ROUTE}?foo=1&tag=a&bar=2&foo=3`)),
      400,
      "Unknown query parameters foo, bar (accepted: window, tag).",
    );
    await expectApiError(
      await route(new Request(`${ROUTE}?Tag=a`)),
      400,
      "Unknown query parameter Tag (accepted: window, tag).",
    );
    expect(handled).toEqual([]);
  });

  it("answers 400 for an allowed parameter given more than once", async () => {
    const route = withApiErrors(taking("window", "tag"), okRoute);
    await expectApiError(
      await route(new Request(`${ROUTE}?tag=a&window=7d&tag=b`)),
      400,
      "Query parameter tag given more than once.",
    );
    await expectApiError(
      await route(new Request(`${ROUTE}?tag=a&window=7d&tag=a&window=30d`)),
      400,
      "Query parameter tag, window given more than once.",
    );
    expect(handled).toEqual([]);
  });
});

describe("withApiErrors: failures", () => {
  it("answers 503 with Retry-After while there is no data yet", async () => {
    const route = withApiErrors(
      taking(),
      failingRoute(new NoDataError("no snapshot is stored yet and upstream has not answered")),
    );
    await expectApiError(
      await route(new Request(ROUTE)),
      503,
      "No data yet: the upstream has not answered. Try again shortly.",
      { "Retry-After": "10" },
    );
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("answers 500 without details for anything else, and logs it", async () => {
    const route = withApiErrors(
      taking(),
      failingRoute(new Error('relation "snapshots" does not exist')),
    );
    const response = await route(new Request(ROUTE));
    await expectApiError(response, 500, "Internal error.");
    expect(response.headers.get("Retry-After")).toBeNull();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(
      '[task-share] GET /api/classifications failed: Error: relation "snapshots" does not exist',
    );
  });

  it("answers 500 for a thrown value that is not an Error", async () => {
    const route = withApiErrors(taking(), failingRoute("boom"));
    await expectApiError(
      await route(new Request(ROUTE, { method: "HEAD" })),
      500,
      "Internal error.",
    );
    expect(consoleError).toHaveBeenCalledWith(
      "[task-share] HEAD /api/classifications failed: boom",
    );
  });
});
