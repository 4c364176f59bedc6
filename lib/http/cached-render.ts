import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";

import { resolveTheme, THEME_COOKIE } from "../theme/theme";
import type { HeldData } from "./data-probe";
import { asDocumentLoad } from "./document-load";
import type { RouteKind } from "./page-routes";
import { pageKey, type RenderCache, type RenderedPage } from "./render-cache";
import { requestOrigin } from "./request-origin";
import { holdsCurrentCopy } from "./validators";

// The custom server's side of the render cache (server.ts): which requests it may answer, how a
// page (or a route handler's shareable answer) Next renders is recorded as it goes out, and how a
// kept one is sent. It runs in front of Next's handler, in the same process, so it sees what the
// visitor sent (Host, the RSC headers Next hides from proxy.ts) and never asks the server for a
// page over the network.

export type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

type Options = {
  cache: RenderCache;
  /** Whether a pathname is one of the app's pages or route handlers (lib/http/page-routes.ts). */
  routeKind: (pathname: string) => RouteKind | undefined;
  /** Whether data can be served and which version pages would show (lib/http/data-probe.ts). */
  heldData: () => Promise<HeldData>;
  /** Larger answers are sent but not kept. */
  maxPageBytes: number;
};

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

// What the router sends with its RSC fetches (client navigations, router.refresh(), prefetch).
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];
// A client revalidating its copy (a feed reader, the page's live refresh, a browser's cache) is
// answered from the kept answer's own validators: a 304 when its copy is current. The conditions
// that change what is sent (If-Match, If-Unmodified-Since, Range) go to the route itself.
const REVALIDATION_HEADERS = ["if-none-match", "if-modified-since"];
const CONDITION_HEADERS = ["if-match", "if-unmodified-since", "range"];
// Headers that describe one transfer, not the page.
const TRANSFER_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
]);

/**
 * A full page load: GET or HEAD of a page, for an HTML document, not the RSC payload of a
 * client-side navigation nor a server action. Browsers say so with Sec-Fetch-Dest (document, or
 * iframe for embeds) or Accept; clients that accept any type (curl's default) or send no Accept
 * (load tests) read the HTML too.
 */
export function isPageLoad(
  request: IncomingMessage,
  url: URL,
  kind: RouteKind | undefined,
): boolean {
  const { headers } = request;
  if (kind !== "page" || !isPlainRead(request, url)) return false;
  const destination = headers["sec-fetch-dest"];
  if (destination !== undefined) return destination === "document" || destination === "iframe";
  const accept = headers.accept;
  return accept === undefined || accept.includes("text/html") || accept.includes("*/*");
}

/** A GET or HEAD with no condition, neither the router's RSC fetch nor a server action. */
function isPlainRead(request: IncomingMessage, url: URL): boolean {
  const { headers } = request;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (url.searchParams.has("_rsc")) return false;
  return ![...ROUTER_HEADERS, ...CONDITION_HEADERS].some((name) => headers[name] !== undefined);
}

/** Whether a route handler says its answer may be kept and given to anyone (RFC 9111 5.2.2.9). */
function isShared(headers: [string, string][]): boolean {
  const control = headers.find(([name]) => name === "cache-control")?.[1].toLowerCase() ?? "";
  const directives = control.split(",").map((directive) => directive.trim().split("=")[0]);
  return (
    directives.includes("public") &&
    !directives.includes("private") &&
    !directives.includes("no-store")
  );
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(";") ?? []) {
    const [key, ...value] = pair.split("=");
    if (key?.trim() === name) return value.join("=").trim();
  }
  return undefined;
}

export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.find((param) => param.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export function withRenderCache(
  handle: Handler,
  { cache, routeKind, heldData, maxPageBytes }: Options,
) {
  return async function cachedHandler(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://task-share.invalid");
    const kind = routeKind(url.pathname);
    if (isPageLoad(request, url, kind)) {
      return asDocumentLoad(() => cached(request, response, url, "page"));
    }
    if (kind === "handler" && isPlainRead(request, url)) {
      return cached(request, response, url, "handler");
    }
    return handle(request, response);
  };

  async function cached(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    kind: RouteKind,
  ) {
    // The data layer not loaded yet, nothing held (proxy.ts answers 503) or the probe failing
    // (proxy.ts asks it too, and answers): render, keep nothing.
    const held = await heldData().catch(() => undefined);
    if (!held?.available || held.version === undefined) return handle(request, response);

    const key = pageKey({
      path: request.url ?? "/",
      // A route handler's answer has no theme: it is the same file in either.
      theme:
        kind === "handler"
          ? ""
          : (resolveTheme(
              url.searchParams.get("theme"),
              cookieValue(request.headers.cookie, THEME_COOKIE),
            ) ?? "system"),
      origin: requestOrigin((name) => request.headers[name]),
      dataVersion: held.version,
    });
    const kept = cache.get(key);
    if (kept) return send(request, response, kept);
    // Nothing kept to compare a client's copy with: the route answers it (a 304 is never kept).
    const revalidating = REVALIDATION_HEADERS.some((name) => request.headers[name] !== undefined);
    if (request.method === "HEAD" || revalidating) return handle(request, response);

    const { page, first } = cache.render(key, async () => {
      const rendered = await record(request, response, handle, maxPageBytes);
      return kind === "page" || (rendered && isShared(rendered.headers)) ? rendered : undefined;
    });
    if (first) {
      await page;
      return;
    }
    const rendered = await page.catch(() => undefined);
    if (rendered?.status === 200) return send(request, response, rendered);
    return handle(request, response);
  }
}

function headerOf(page: RenderedPage, name: string): string | undefined {
  return page.headers.find(([header]) => header === name)?.[1];
}

function send(request: IncomingMessage, response: ServerResponse, page: RenderedPage) {
  const current = holdsCurrentCopy(
    {
      noneMatch: request.headers["if-none-match"],
      modifiedSince: request.headers["if-modified-since"],
    },
    {
      tag: headerOf(page, "etag"),
      lastModified: Date.parse(headerOf(page, "last-modified") ?? ""),
    },
    Date.now(),
  );
  const gzipped = acceptsGzip(request.headers["accept-encoding"]);
  const body = gzipped ? page.gzipped : page.body;
  response.statusCode = current ? 304 : page.status;
  // The front door has already set its own headers (the security headers) on this response,
  // and the kept page carries the same ones: its values replace them rather than add to them.
  // A 304 carries the validators and lifetime a 200 would (RFC 9110 15.4.5), not its body's.
  const headers = current
    ? page.headers.filter(([name]) => !name.startsWith("content-"))
    : page.headers;
  for (const [name] of headers) response.removeHeader(name);
  for (const [name, value] of headers) response.appendHeader(name, value);
  const vary = page.headers.filter(([name]) => name === "vary").map(([, value]) => value);
  if (!vary.join(",").toLowerCase().includes("accept-encoding")) {
    response.appendHeader("Vary", "Accept-Encoding");
  }
  if (current) {
    response.end();
    return;
  }
  if (gzipped) response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", body.byteLength);
  response.end(request.method === "HEAD" ? undefined : body);
}

/**
 * Lets Next answer `request` as usual, streamed, while keeping a copy of what it sends. Next is
 * asked for gzip when the visitor accepts it (never deflate) and for identity otherwise; the
 * copy is kept both ways for later visitors. Resolves when the answer is out: the page, or
 * undefined when it is not one to keep (not a 200, it sets a cookie, it was cut short or it is
 * too large).
 */
function record(
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handler,
  maxBytes: number,
): Promise<RenderedPage | undefined> {
  if (acceptsGzip(request.headers["accept-encoding"])) request.headers["accept-encoding"] = "gzip";
  else delete request.headers["accept-encoding"];
  let chunks: Buffer[] | undefined = [];
  let size = 0;
  let headHeaders: OutgoingHttpHeaders = {};

  const keep = (chunk: unknown, encoding: unknown) => {
    if (!chunks || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(
            chunk,
            typeof encoding === "string" && Buffer.isEncoding(encoding) ? encoding : "utf8",
          )
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : undefined;
    if (!bytes) {
      chunks = undefined;
      return;
    }
    size += bytes.byteLength;
    if (size > maxBytes) chunks = undefined;
    else chunks.push(bytes);
  };

  const { write, end, writeHead } = response;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    keep(args[0], args[1]);
    return Reflect.apply(write, this, args);
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    keep(args[0], args[1]);
    return Reflect.apply(end, this, args);
  } as typeof response.end;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // writeHead(status, [message], [headers]): headers given here need not reach getHeaders().
    const given = args.find((arg, index) => index > 0 && typeof arg === "object" && arg !== null);
    if (Array.isArray(given)) chunks = undefined;
    else if (given) headHeaders = { ...(given as OutgoingHttpHeaders) };
    return Reflect.apply(writeHead, this, args);
  } as typeof response.writeHead;

  // Done when the answer is out or the visitor has gone, whether or not Next's handler returns:
  // it never does for a visitor who left mid-answer, and waiting on it would hold this key's
  // render, and every later visitor of the key, for good. A visitor who left while the data
  // version was asked for has closed the response already: its "close" has been and gone.
  const finished = new Promise<boolean>((resolve) => {
    if (response.destroyed) return resolve(false);
    response.once("finish", () => resolve(true));
    response.once("close", () => resolve(false));
  });
  const handled = handle(request, response).then(() => finished);
  return Promise.race([handled, finished]).then(async (complete) => {
    const body = chunks;
    if (!complete || !body || response.statusCode !== 200) return undefined;
    const sent = { ...response.getHeaders(), ...headHeaders };
    const headers = pageHeaders(sent);
    if (!headers) return undefined;
    const bytes = Buffer.concat(body);
    const encoding = String(sent["content-encoding"] ?? "identity").toLowerCase();
    if (encoding === "gzip") {
      return { status: 200, headers, body: await gunzipAsync(bytes), gzipped: bytes };
    }
    if (encoding !== "identity") return undefined;
    return { status: 200, headers, body: bytes, gzipped: await gzipAsync(bytes) };
  });
}

/** The headers to replay, or undefined when the answer is personal (it sets a cookie). */
function pageHeaders(headers: OutgoingHttpHeaders): [string, string][] | undefined {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "set-cookie") return undefined;
    if (TRANSFER_HEADERS.has(lower) || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) kept.push([lower, String(one)]);
  }
  return kept;
}
