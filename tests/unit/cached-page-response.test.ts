import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isCacheable } from "@/lib/http/cached-page-response";

const port = process.env.PORT;
beforeAll(() => {
  process.env.PORT = "3000";
});
afterAll(() => {
  process.env.PORT = port;
});

function request(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new NextRequest(`http://127.0.0.1:3000${path}`, { headers, method });
}

const NAVIGATION = { "sec-fetch-dest": "document", accept: "text/html,application/xhtml+xml" };

describe("isCacheable", () => {
  it.each(["/", "/?macro=code", "/tags/code%3Adebugging", "/embed", "/models/openai/gpt-4.1"])(
    "takes a browser's page load of %s",
    (path) => {
      expect(isCacheable(request(path, NAVIGATION))).toBe(true);
    },
  );

  it("takes an embed's frame and a client that names no destination", () => {
    expect(isCacheable(request("/embed", { "sec-fetch-dest": "iframe" }))).toBe(true);
    expect(isCacheable(request("/"))).toBe(true);
    expect(isCacheable(request("/", { accept: "text/html" }))).toBe(true);
  });

  it("leaves the router's RSC fetches alone, whose headers the proxy never sees", () => {
    expect(isCacheable(request("/", { "sec-fetch-dest": "empty", accept: "*/*" }))).toBe(false);
    expect(isCacheable(request("/", { accept: "*/*" }))).toBe(false);
  });

  it("leaves the API, public files, other methods and server actions alone", () => {
    expect(isCacheable(request("/api/classifications", NAVIGATION))).toBe(false);
    expect(isCacheable(request("/robots.txt", NAVIGATION))).toBe(false);
    expect(isCacheable(request("/", NAVIGATION, "HEAD"))).toBe(false);
    expect(isCacheable(request("/", { ...NAVIGATION, "next-action": "abc" }))).toBe(false);
  });
});
