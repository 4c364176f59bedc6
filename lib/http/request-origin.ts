// The origin a request came in on, as the visitor sees it (behind a proxy: X-Forwarded-Host and
// X-Forwarded-Proto). Pages name their link-preview images by it, and the render cache keys pages
// by it, so both must read it the same way. Headers are the client's to write: only http and
// https count as a scheme, and a host that is not a bare host[:port] gives the fallback.

const FALLBACK = "http://localhost";

type HeaderValue = string | string[] | null | undefined;

/** The first value of a header that proxies may repeat or list ("https, http"). */
function firstValue(value: HeaderValue): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const first = text?.split(",")[0]?.trim();
  return first || undefined;
}

export function requestOrigin(header: (name: string) => HeaderValue): string {
  const host = firstValue(header("x-forwarded-host")) ?? firstValue(header("host"));
  const scheme = firstValue(header("x-forwarded-proto"))?.toLowerCase();
  const protocol = scheme === "https" ? "https" : "http";
  if (!host) return FALLBACK;
  const candidate = `${protocol}://${host}`;
  if (!URL.canParse(candidate)) return FALLBACK;
  const url = new URL(candidate);
  // "example.com/x", "user@example.com" or "a?b" are not hosts; URL would quietly accept them.
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) {
    return FALLBACK;
  }
  return url.origin;
}
