import { NextResponse, type NextRequest } from "next/server";

import { framingHeaders, parseAllowedOrigins } from "@/lib/framing";
import { resolveTheme, THEME_COOKIE, THEME_HEADER } from "@/lib/theme";

const allowedOrigins = readAllowedOrigins();

export function proxy(request: NextRequest) {
  // Next answers a path with malformed percent-encoding (e.g. /tags/%E0%A4%A) with a bare 500.
  // That is the client's mistake: say so with a 400 before routing gets to it.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address contains malformed percent-encoding.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // The root layout renders <html data-theme> from this header; a client cannot set it itself.
  const requestHeaders = new Headers(request.headers);
  const theme = resolveTheme(
    request.nextUrl.searchParams.get("theme"),
    request.cookies.get(THEME_COOKIE)?.value,
  );
  if (theme) requestHeaders.set(THEME_HEADER, theme);
  else requestHeaders.delete(THEME_HEADER);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(
    framingHeaders(request.nextUrl.pathname, allowedOrigins),
  )) {
    response.headers.set(name, value);
  }
  return response;
}

function readAllowedOrigins(): string[] {
  const { origins, rejected } = parseAllowedOrigins(process.env.EMBED_ALLOWED_ORIGINS);
  if (rejected.length > 0) {
    console.warn(
      `[task-share] EMBED_ALLOWED_ORIGINS: ignored ${rejected.join(", ")} (not an origin)`,
    );
  }
  return origins;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
