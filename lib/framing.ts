// Who may show a page in an <iframe>. Embed routes may be framed by this site and the origins in
// EMBED_ALLOWED_ORIGINS; every other page by no one (clickjacking). One function, so the rule can
// join a wider Content-Security-Policy as its frame-ancestors directive.

const EMBED_PATH = /^\/embed(\/|$)/;
// A scheme, a host (optionally "*." for subdomains) and an optional port: nothing that could
// end the directive or smuggle in another one.
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/** EMBED_ALLOWED_ORIGINS: origins separated by spaces or commas; anything else is dropped. */
export function parseAllowedOrigins(value: string | undefined): {
  origins: string[];
  rejected: string[];
} {
  const tokens = (value ?? "").split(/[\s,]+/).filter(Boolean);
  const origins = tokens
    .map((token) => token.replace(/\/$/, ""))
    .filter((token) => ORIGIN.test(token));
  const rejected = tokens.filter((token) => !ORIGIN.test(token.replace(/\/$/, "")));
  return { origins: [...new Set(origins)], rejected };
}

/** The frame-ancestors directive for a path: 'self' and the allowed origins on embeds. */
export function frameAncestors(pathname: string, allowedOrigins: string[]): string {
  if (!isEmbedPath(pathname)) return "frame-ancestors 'none'";
  return ["frame-ancestors", "'self'", ...allowedOrigins].join(" ");
}

/** Response headers that apply the rule (X-Frame-Options for browsers without CSP level 2). */
export function framingHeaders(pathname: string, allowedOrigins: string[]): Record<string, string> {
  const csp = { "Content-Security-Policy": frameAncestors(pathname, allowedOrigins) };
  return isEmbedPath(pathname) ? csp : { ...csp, "X-Frame-Options": "DENY" };
}
