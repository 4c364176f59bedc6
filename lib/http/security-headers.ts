// Response headers for every route. The Content-Security-Policy allows no eval and no foreign
// origin. Only embed routes (/embed/…) may be framed, by this site and EMBED_ALLOWED_ORIGINS;
// every other page by no one (clickjacking). Inline scripts stay allowed ('unsafe-inline', no nonce) on purpose: Next's streamed
// payload is inline, React escapes every upstream string we render (nothing uses raw HTML), and
// a per-request nonce would make every page unique and so uncacheable.

import { httpUrlsIn } from "./http-urls";

// scheme://host[:port] and nothing else: anything more (a path, or a ";" from a mistyped list)
// would change or end the CSP directive it is written into.
const PLAIN_ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d+)?$/;

/** Origins allowed to frame the dashboard, from EMBED_ALLOWED_ORIGINS (space or comma separated). */
export function parseEmbedOrigins(value: string | undefined): string[] {
  return httpUrlsIn(value, "EMBED_ALLOWED_ORIGINS", {
    noun: "origin",
    accept: (url) => PLAIN_ORIGIN.test(url.origin),
  }).map((url) => url.origin);
}

const EMBED_PATH = /^\/embed(\/|$)/;

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

export function securityHeaders(
  pathname: string,
  embedOrigins: string[],
  development = process.env.NODE_ENV === "development",
): Record<string, string> {
  const isEmbed = isEmbedPath(pathname);
  const frameAncestors = isEmbed ? ["'self'", ...embedOrigins].join(" ") : "'none'";
  const csp = [
    "default-src 'self'",
    // React's development build evaluates code to rebuild stacks; production never does.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // For browsers without CSP level 2; on embeds it would override the allow-list.
    ...(isEmbed ? {} : { "X-Frame-Options": "DENY" }),
  };
}
