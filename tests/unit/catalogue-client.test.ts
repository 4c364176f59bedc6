import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { CallBudgetSpentError, fetchModelCatalogue } from "@/lib/openrouter/catalogue";
import { validCatalogueModels } from "@/lib/openrouter/catalogue-schema";
import { UpstreamError } from "@/lib/openrouter/errors";

import { cataloguePage, readCatalogueModels } from "../support/fake-catalogue";

// The catalogue client against a local server paging the catalogue fixture six models a page
// (as tests/support/fake-catalogue.ts does for the browser tests).

const PREFIX = "/api/v1";
const MODELS = readCatalogueModels();

let server: Server;
let baseUrl: string;
let seen: IncomingMessage[] = [];
let answer: (request: IncomingMessage, response: ServerResponse) => void;

const paged = (request: IncomingMessage, response: ServerResponse) => {
  const url = new URL(request.url ?? "/", "http://local");
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(cataloguePage(MODELS, url.searchParams, PREFIX)));
};

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not a TCP server");
  baseUrl = `http://127.0.0.1:${address.port}${PREFIX}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  answer = paged;
});

const config = (beforeCall = async () => true) => ({
  baseUrl,
  timeoutMs: 2_000,
  maxBytes: 1_000_000,
  beforeCall,
});

describe("fetchModelCatalogue", () => {
  it("walks every page by offset, sends no key, and skips the malformed model", async () => {
    let asked = 0;
    const result = await fetchModelCatalogue(
      config(async () => {
        asked += 1;
        return true;
      }),
    );
    expect(seen.map((request) => request.url)).toEqual([
      `${PREFIX}/models?offset=0&limit=500`,
      `${PREFIX}/models?offset=6&limit=500`,
      `${PREFIX}/models?offset=12&limit=500`,
      `${PREFIX}/models?offset=18&limit=500`,
    ]);
    expect(seen.every((request) => request.headers.authorization === undefined)).toBe(true);
    expect(asked).toBe(4);
    expect(result.pages).toBe(4);
    expect(result.skipped).toBe(1);
    expect(result.models).toHaveLength(19);
    expect(result.models[0]).toEqual({
      id: "anthropic/claude-opus-5.5",
      canonical_slug: "anthropic/claude-opus-5.5-20260921",
      name: "Anthropic: Claude Opus 5.5",
      created: 1789948800,
      hugging_face_id: null,
    });
  });

  it("asks the budget before each page and stops without a call when it refuses", async () => {
    await expect(fetchModelCatalogue(config(async () => false))).rejects.toBeInstanceOf(
      CallBudgetSpentError,
    );
    expect(seen).toHaveLength(0);
  });

  it("never follows the address upstream names for the next page", async () => {
    answer = (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({
          data: MODELS.slice(0, 2),
          links: { next: "http://evil.example/models?offset=2" },
        }),
      );
    };
    await expect(fetchModelCatalogue({ ...config(), pageSize: 2 })).rejects.toMatchObject({
      failure: "invalid_payload",
    }); // a next link forever: refused
    expect(seen.every((request) => request.url?.startsWith(`${PREFIX}/models?offset=`))).toBe(true);
  });

  it.each([
    ["an HTTP error", 500, "oops", "http_error"],
    ["a body that is not JSON", 200, "<html>", "invalid_json"],
    ["a page of the wrong shape", 200, JSON.stringify({ data: "models" }), "invalid_payload"],
    [
      "an empty catalogue",
      200,
      JSON.stringify({ data: [], links: { next: null } }),
      "invalid_payload",
    ],
    [
      "a catalogue with no readable model",
      200,
      JSON.stringify({ data: [{ id: "x", name: 3 }], links: { next: null } }),
      "invalid_payload",
    ],
  ])("refuses %s", async (_what, status, body, failure) => {
    answer = (_request, response) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(body);
    };
    const error = await fetchModelCatalogue(config()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ failure });
  });
});

describe("validCatalogueModels", () => {
  it("skips a model whose name holds a NUL (it could not be stored) and keeps the others", () => {
    const [first, second] = validCatalogueModels(MODELS).models;
    const poisoned = { ...first, name: "Bad\u0000Name" };
    const { models, skipped } = validCatalogueModels([poisoned, second]);
    expect(skipped).toBe(1);
    expect(models).toEqual([second]);
  });
});
