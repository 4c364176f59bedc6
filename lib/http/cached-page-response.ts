import { NextResponse, type NextRequest } from "next/server";

import { createPageCache, type RenderedPage } from "./page-cache";

// The proxy's side of the page cache: which requests may be answered from it, and how a page is
// rendered for it (by asking this same server for it again, marked so that request renders).

const TTL_MS = 2_000;
const MAX_ENTRIES = 200;
// Marks the proxy's own render requests. Random per process, so no visitor can set it.
const RENDER_HEADER = "x-task-share-render";
const RENDER_TOKEN = crypto.randomUUID();
// Headers that describe one transfer, not the page.
const TRANSFER_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
]);

// The app's pages (files in public/ and the API are served as they are).
const PAGE_PATH = /^\/(|tags\/.+|embed(\/.*)?|models(\/.*)?|providers)$/;

const cache = createPageCache({ ttlMs: TTL_MS, maxEntries: MAX_ENTRIES });

/**
 * A full page load: an HTML document, not the RSC payload of a client-side navigation or
 * router.refresh(), and not our own render. Next hides its RSC headers and `_rsc` from the
 * proxy, so what tells them apart is what the browser asks for: a document or a frame
 * (Sec-Fetch-Dest) or HTML (Accept); the router's fetches ask for neither. Clients that send
 * neither header (curl, load tests) read the HTML too.
 */
export function isCacheable(request: NextRequest): boolean {
  const { headers, nextUrl } = request;
  return (
    request.method === "GET" &&
    PAGE_PATH.test(nextUrl.pathname) &&
    asksForDocument(headers) &&
    !headers.has("next-action") &&
    headers.get(RENDER_HEADER) !== RENDER_TOKEN &&
    // The server's own port, set by `next start`; without it there is no one to ask.
    process.env.PORT !== undefined
  );
}

function asksForDocument(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  if (destination !== null) return destination === "document" || destination === "iframe";
  const accept = headers.get("accept");
  return accept === null || accept.includes("text/html");
}

/** The page from the cache, or rendered now; `variant` holds what else it depends on (theme). */
export async function cachedPage(
  request: NextRequest,
  dataVersion: string,
  variant: string,
): Promise<NextResponse> {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const page = await cache.get(`${dataVersion}\n${variant}\n${path}`, () =>
    render(path, request.headers),
  );
  return new NextResponse(page.body.slice(), { status: page.status, headers: page.headers });
}

async function render(path: string, visitorHeaders: Headers): Promise<RenderedPage> {
  // A fixed loopback origin, never the Host header: a visitor must not point this elsewhere.
  const response = await fetch(`http://127.0.0.1:${process.env.PORT}${path}`, {
    headers: {
      [RENDER_HEADER]: RENDER_TOKEN,
      "accept-encoding": "identity",
      cookie: visitorHeaders.get("cookie") ?? "",
    },
    redirect: "manual",
  });
  const headers = [...response.headers].filter(([name]) => !TRANSFER_HEADERS.has(name));
  return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
}
