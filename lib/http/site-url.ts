import "server-only";

import { headers } from "next/headers";

/**
 * The site's public origin, for absolute links in metadata (link previews must name their image
 * by absolute URL). SITE_URL wins; otherwise the origin the request came in on.
 */
export async function getSiteUrl(): Promise<URL> {
  const configured = process.env.SITE_URL?.trim();
  if (configured && URL.canParse(configured)) return new URL(configured);
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  const candidate = `${protocol}://${host}`;
  return URL.canParse(candidate) ? new URL(candidate) : new URL("http://localhost");
}
