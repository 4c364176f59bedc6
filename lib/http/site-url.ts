import "server-only";

import { headers } from "next/headers";

import { requestOrigin } from "./request-origin";

/**
 * The site's public origin, for absolute links in metadata (link previews must name their image
 * by absolute URL). SITE_URL wins; otherwise the origin the request came in on.
 */
export async function getSiteUrl(): Promise<URL> {
  const configured = process.env.SITE_URL?.trim();
  const url = configured && URL.canParse(configured) ? new URL(configured) : undefined;
  if (url?.protocol === "http:" || url?.protocol === "https:") return url;
  const requestHeaders = await headers();
  return new URL(requestOrigin((name) => requestHeaders.get(name)));
}
