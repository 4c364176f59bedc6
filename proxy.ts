import { NextResponse, type NextRequest } from "next/server";

import { probeHeldData } from "@/lib/http/data-probe";
import { refusal } from "@/lib/http/refusal";
import { REQUESTED_URL_HEADER } from "@/lib/http/requested-url";
import { parseEmbedOrigins, securityHeaders } from "@/lib/http/security-headers";
import { resolveTheme, THEME_COOKIE, THEME_HEADER } from "@/lib/theme/theme";

// Runs before every route: rejects malformed requests with a clear 4xx (Next would answer some
// of them with a bare 500), answers 503 while no data exists, resolves the theme for the root
// layout and sets the security headers. Full page loads are cached in front of it, by server.ts.

const MAX_PATH_LENGTH = 1024;
// Headers this proxy sets for the app; a client's own copies never get through.
const INTERNAL_HEADER_PREFIX = "x-task-share-";
const embedOrigins = parseEmbedOrigins(process.env.EMBED_ALLOWED_ORIGINS);

export async function proxy(request: NextRequest) {
  const response = await check(request);
  const headers = securityHeaders(request.nextUrl.pathname, embedOrigins);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function check(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (pathname.length > MAX_PATH_LENGTH) {
    return reject(pathname, 414, "The address is too long.");
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return reject(pathname, 400, "The address contains malformed percent-encoding.");
  }
  // Methods other than GET and HEAD never get here: server.ts answers them with a 405.
  if (!isApi && !(await probeHeldData()).available) {
    return unavailablePage();
  }
  return NextResponse.next({ request: { headers: forwardedHeaders(request) } });
}

function requestedTheme(request: NextRequest) {
  return resolveTheme(
    request.nextUrl.searchParams.get("theme"),
    request.cookies.get(THEME_COOKIE)?.value,
  );
}

/**
 * What pages learn from the proxy, which a client cannot set itself: the theme the root layout
 * renders <html data-theme> in, and the requested URL, for app/not-found.tsx (Next gives it no
 * access to the URL; it needs the query to offer the stored dates nearest an unknown ?as_of=).
 */
function forwardedHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  for (const name of [...headers.keys()]) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) headers.delete(name);
  }
  const theme = requestedTheme(request);
  if (theme) headers.set(THEME_HEADER, theme);
  headers.set(REQUESTED_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return headers;
}

function reject(pathname: string, status: number, message: string): NextResponse {
  const { contentType, body } = refusal(pathname, status, message);
  return new NextResponse(body, { status, headers: { "Content-Type": contentType } });
}

function unavailablePage(): NextResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Data not available · Task Share</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#14171f;background:#f7f8fa}@media (prefers-color-scheme:dark){body{color:#e7e9ee;background:#0e1117}}</style></head><body><h1>The data is not available right now</h1><p>Task Share has no stored snapshot yet and could not load one from OpenRouter. The server retries on its own; try again in a minute.</p></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": "30",
      "Cache-Control": "no-store",
    },
  });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
