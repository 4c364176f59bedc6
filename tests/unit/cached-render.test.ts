import {
  createServer,
  get as httpGet,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";

import { afterEach, describe, expect, it } from "vitest";

import { acceptsGzip, withRenderCache } from "@/lib/http/cached-render";
import type { HeldData } from "@/lib/http/data-probe";
import { routeMatcher } from "@/lib/http/page-routes";
import { createRenderCache } from "@/lib/http/render-cache";
import { requestOrigin } from "@/lib/http/request-origin";

// The render cache in front of a stand-in for Next's handler, over real HTTP.

// Part of the routes manifest a build writes: pages, route handlers and Next's own.
const APP_ROUTES = {
  "/_not-found/page": "/_not-found",
  "/page": "/",
  "/api/page": "/api",
  "/api/classifications/route": "/api/classifications",
  "/api/status/route": "/api/status",
  "/embed/page": "/embed",
  "/models/[...id]/page": "/models/[...id]",
  "/providers/page": "/providers",
  "/tags/[tag]/page": "/tags/[tag]",
  "/tags/[tag]/preview/route": "/tags/[tag]/preview",
  "/tags/[tag]/feed.xml/route": "/tags/[tag]/feed.xml",
  "/trends/page": "/trends",
  "/trends/export/route": "/trends/export",
};

const LAST_MODIFIED = "Sat, 21 Nov 2026 06:00:00 GMT";

type Seen = { url: string; acceptEncoding: string | undefined };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

async function start(options: {
  status?: number;
  delayMs?: number;
  heldDelayMs?: number;
  held?: HeldData;
  /** As Next's handler does for a visitor who left mid-answer: never return. */
  hangsWhenLeft?: boolean;
  setCookie?: boolean;
}) {
  const seen: Seen[] = [];
  let held: HeldData = options.held ?? { available: true, version: "v1" };
  const app = async (request: IncomingMessage, response: ServerResponse) => {
    seen.push({ url: request.url ?? "", acceptEncoding: request.headers["accept-encoding"] });
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.hangsWhenLeft && response.destroyed) return new Promise<never>(() => undefined);
    response.statusCode = options.status ?? 200;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", "default-src 'self'");
    // As the routes do: the status is never kept, the data answers and images may be shared.
    if (request.url?.startsWith("/api/status")) response.setHeader("Cache-Control", "no-store");
    else if (/^\/(api|tags\/[^/]+\/preview)/.test(request.url ?? "")) {
      response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    }
    // As the data answers do (lib/http/conditional.ts): validators of the data they carry.
    if (request.url?.startsWith("/api/classifications")) {
      response.setHeader("ETag", `W/"${held.available && held.version}"`);
      response.setHeader("Last-Modified", LAST_MODIFIED);
    }
    if (options.setCookie) response.setHeader("Set-Cookie", "a=b");
    const html = `<p>render ${seen.length} of ${request.url} for ${requestOrigin((name) => request.headers[name])} with ${held.available && held.version}</p>`;
    // As Next's compression does: gzip when asked for it.
    if (request.headers["accept-encoding"]?.includes("gzip")) {
      response.setHeader("Content-Encoding", "gzip");
      response.end(gzipSync(html));
    } else {
      response.write(html.slice(0, 10));
      response.end(html.slice(10));
    }
  };
  const cache = createRenderCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
  const handler = withRenderCache(app, {
    cache,
    routeKind: routeMatcher(APP_ROUTES),
    heldData: async () => {
      if (options.heldDelayMs)
        await new Promise((resolve) => setTimeout(resolve, options.heldDelayMs));
      return held;
    },
    maxPageBytes: 100_000,
  });
  // As the front door does (lib/http/front-door.ts): its headers first, on every response.
  const server = createServer((request, response) => {
    response.setHeader("X-Content-Type-Options", "nosniff");
    void handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, cache, setHeld: (next: HeldData) => (held = next) };
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { accept: "text/html", "accept-encoding": "identity", ...headers } });

describe("withRenderCache", () => {
  it("renders a page once, then answers from the cache with the same headers", async () => {
    const app = await start({});
    const first = await get(`${app.url}/?macro=code`);
    const second = await get(`${app.url}/?macro=code`);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("content-security-policy")).toBe("default-src 'self'");
    // Once, though the front door set it and the kept page carries it too.
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    expect(app.seen).toHaveLength(1);
  });

  it("asks the app for gzip or identity as the visitor does, and keeps the page both ways", async () => {
    const app = await start({});
    const zipped = await fetch(`${app.url}/`, {
      headers: { accept: "text/html", "accept-encoding": "gzip, deflate, br" },
    });
    expect(app.seen[0]?.acceptEncoding).toBe("gzip");
    // fetch decodes gzip itself.
    const page = await zipped.text();
    const plain = await get(`${app.url}/`);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(page);
    expect(app.seen).toHaveLength(1);

    const other = await start({});
    await get(`${other.url}/`);
    expect(other.seen[0]?.acceptEncoding).toBeUndefined();
  });

  it("keys pages by path, theme, origin and data version", async () => {
    const app = await start({});
    const variants: [string, Record<string, string>][] = [
      ["/", {}],
      ["/?macro=code", {}],
      ["/", { cookie: "task-share-theme=light" }],
      ["/", { cookie: "task-share-theme=dark" }],
      ["/", { "x-forwarded-host": "example.com" }],
      ["/", { "x-forwarded-proto": "https" }],
    ];
    for (let round = 0; round < 2; round += 1) {
      for (const [path, headers] of variants) await get(`${app.url}${path}`, headers);
    }
    expect(app.seen).toHaveLength(variants.length);
    const forwarded = await get(`${app.url}/`, { "x-forwarded-host": "example.com" });
    expect(await forwarded.text()).toContain("for http://example.com");
    // A cookie nobody reads and an unknown theme share the system theme's page.
    await get(`${app.url}/`, { cookie: "other=1; task-share-theme=neon" });
    expect(app.seen).toHaveLength(variants.length);
    app.setHeld({ available: true, version: "v2" });
    expect(await (await get(`${app.url}/`)).text()).toContain("with v2");
    expect(app.seen).toHaveLength(variants.length + 1);
  });

  it("renders concurrent misses of one page once", async () => {
    const app = await start({ delayMs: 100 });
    const bodies = await Promise.all(
      Array.from({ length: 5 }, async () => (await get(`${app.url}/providers`)).text()),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(app.seen).toHaveLength(1);
  });

  it("serves a page again after a visitor left before it was rendered", async () => {
    for (const wait of [{ heldDelayMs: 50 }, { delayMs: 50 }]) {
      const app = await start({ ...wait, hangsWhenLeft: true });
      const left = new AbortController();
      setTimeout(() => left.abort(), 10);
      await fetch(`${app.url}/providers`, { signal: left.signal }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = await get(`${app.url}/providers`).then((response) => response.text());
      expect(again).toContain("of /providers");
    }
  });

  it("keeps only a 200 without cookies", async () => {
    const missing = await start({ status: 404 });
    await get(`${missing.url}/models/x`);
    await get(`${missing.url}/models/x`);
    expect(missing.seen).toHaveLength(2);
    const personal = await start({ setCookie: true });
    await get(`${personal.url}/`);
    await get(`${personal.url}/`);
    expect(personal.seen).toHaveLength(2);
  });

  it("passes through the router's RSC fetches, files, other methods and actions", async () => {
    const app = await start({});
    await get(`${app.url}/`, { rsc: "1" });
    await get(`${app.url}/?_rsc=abc`);
    await get(`${app.url}/`, { "sec-fetch-dest": "empty", accept: "*/*" });
    await get(`${app.url}/`, { "next-action": "abc" });
    await get(`${app.url}/robots.txt`);
    await fetch(`${app.url}/`, { method: "POST", body: "x" });
    await fetch(`${app.url}/api/classifications`, { method: "POST", body: "x" });
    expect(app.seen).toHaveLength(7);
    expect(app.cache.size).toBe(0);
  });

  it("keeps a route handler's answer when it says it may be shared, and not otherwise", async () => {
    const app = await start({});
    for (let round = 0; round < 2; round += 1) {
      await get(`${app.url}/api/classifications?format=csv`, { accept: "text/csv" });
      await get(`${app.url}/tags/code%3Ageneral_impl/preview`, { accept: "image/*" });
      await get(`${app.url}/api/status`, { accept: "application/json" });
    }
    expect(app.seen.map((seen) => seen.url)).toEqual([
      "/api/classifications?format=csv",
      "/tags/code%3Ageneral_impl/preview",
      "/api/status",
      "/api/status",
    ]);
    // The same answer whatever the client said it accepts or which theme it chose.
    await get(`${app.url}/api/classifications?format=csv`, { cookie: "task-share-theme=dark" });
    expect(app.seen).toHaveLength(4);
    app.setHeld({ available: true, version: "v2" });
    const renewed = await get(`${app.url}/api/classifications?format=csv`);
    expect(await renewed.text()).toContain("with v2");
    expect(renewed.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("answers a client revalidating its copy from the kept answer's validators", async () => {
    const app = await start({});
    const url = `${app.url}/api/classifications`;
    await get(url);
    // Kept once gzipped, just after the first visitor has it.
    await expect.poll(() => app.cache.size).toBe(1);
    const status = async (headers: Record<string, string>) => {
      const response = await get(url, headers);
      return { status: response.status, body: await response.text() };
    };
    const current = await status({ "if-none-match": 'W/"v1"' });
    expect(current).toEqual({ status: 304, body: "" });
    expect((await get(url, { "if-none-match": '"a", W/"v1"' })).headers.get("etag")).toBe('W/"v1"');
    expect((await status({ "if-none-match": 'W/"v0"' })).status).toBe(200);
    // If-None-Match decides when present; If-Modified-Since only without it.
    expect(
      (await status({ "if-none-match": 'W/"v0"', "if-modified-since": LAST_MODIFIED })).status,
    ).toBe(200);
    expect((await status({ "if-modified-since": LAST_MODIFIED })).status).toBe(304);
    expect((await status({ "if-modified-since": "Fri, 20 Nov 2026 06:00:00 GMT" })).status).toBe(
      200,
    );
    expect((await status({ "if-modified-since": "not a date" })).status).toBe(200);
    expect((await status({ "if-modified-since": "Fri, 01 Jan 2100 00:00:00 GMT" })).status).toBe(
      200,
    );
    expect(app.seen).toHaveLength(1);

    // A page has no validators: a client's condition cannot hold, it gets the page.
    await get(`${app.url}/`);
    await expect.poll(() => app.cache.size).toBe(2);
    expect((await get(`${app.url}/`, { "if-none-match": "*" })).status).toBe(200);
    expect(app.seen).toHaveLength(2);
  });

  it("leaves a revalidation with nothing kept, and conditions that change the answer, to the route", async () => {
    const app = await start({});
    await get(`${app.url}/api/classifications`, { "if-none-match": 'W/"v1"' });
    expect(app.cache.size).toBe(0);
    await get(`${app.url}/api/classifications`);
    await expect.poll(() => app.cache.size).toBe(1);
    for (const header of ["if-match", "if-unmodified-since", "range"]) {
      await get(`${app.url}/api/classifications`, { [header]: "x" });
    }
    expect(app.seen).toHaveLength(5);
    expect(app.cache.size).toBe(1);
  });

  it("takes a browser's document and frame loads, and a HEAD from the cache", async () => {
    const app = await start({});
    await get(`${app.url}/embed`, { "sec-fetch-dest": "iframe" });
    await get(`${app.url}/embed`, { "sec-fetch-dest": "document", accept: "text/html" });
    const head = await fetch(`${app.url}/embed`, {
      method: "HEAD",
      headers: { accept: "text/html" },
    });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(app.seen).toHaveLength(1);
  });

  it("takes a client that accepts anything (curl) as a page load", async () => {
    const app = await start({});
    await get(`${app.url}/`, { accept: "*/*" });
    await get(`${app.url}/`, { accept: "*/*" });
    expect(app.seen).toHaveLength(1);
  });

  it("keeps nothing while no data is held or its version is unknown", async () => {
    const app = await start({ held: { available: false } });
    await get(`${app.url}/`);
    app.setHeld({ available: true, version: undefined });
    await get(`${app.url}/`);
    await get(`${app.url}/`);
    expect(app.seen).toHaveLength(3);
  });

  it("sends the kept page gzipped to a client that accepts it", async () => {
    const app = await start({});
    const plain = await (await get(`${app.url}/`)).text();
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>(
      (resolve, reject) => {
        httpGet(`${app.url}/`, { headers: { "accept-encoding": "gzip" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              encoding: response.headers["content-encoding"],
              body: Buffer.concat(chunks),
            }),
          );
        }).on("error", reject);
      },
    );
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe(plain);
    expect(app.seen).toHaveLength(1);
  });
});

describe("routeMatcher", () => {
  const kindOf = routeMatcher(APP_ROUTES);
  it("takes every page of the manifest, dynamic segments included", () => {
    for (const path of [
      "/",
      "/api",
      "/embed",
      "/providers",
      "/trends",
      "/tags/code%3Ax",
      "/models/a/b",
    ]) {
      expect(kindOf(path), path).toBe("page");
    }
  });

  it("tells route handlers apart from the pages beside them", () => {
    for (const path of ["/api/status", "/tags/x/preview", "/tags/x/feed.xml", "/trends/export"]) {
      expect(kindOf(path), path).toBe("handler");
    }
  });

  it("leaves out Next's own pages and paths no route names", () => {
    for (const path of ["/_not-found", "/robots.txt", "/models", "/trends/", "/nothing"]) {
      expect(kindOf(path), path).toBeUndefined();
    }
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["*", true],
    ["gzip;q=0", false],
    ["identity", false],
    [undefined, false],
  ])("%s: %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe("requestOrigin", () => {
  const origin = (headers: Record<string, string>) => requestOrigin((name) => headers[name]);
  it("is the Host, or the forwarded host and scheme behind a proxy", () => {
    expect(origin({ host: "127.0.0.1:3000" })).toBe("http://127.0.0.1:3000");
    expect(
      origin({ host: "a", "x-forwarded-host": "b.example, c", "x-forwarded-proto": "https, http" }),
    ).toBe("https://b.example");
  });

  it.each(["javascript", "javascript:alert(1)//", "data", "ftp", "https:"])(
    "takes X-Forwarded-Proto: %s as http",
    (proto) => {
      expect(origin({ host: "example.com", "x-forwarded-proto": proto })).toBe(
        "http://example.com",
      );
    },
  );

  it.each(["example.com/path", "user@example.com", "a b", "example.com:99999", ""])(
    "falls back for a Host that is not one: %s",
    (host) => {
      expect(origin({ host })).toBe("http://localhost");
    },
  );
});
