import "server-only";

import { headers } from "next/headers";

import { requestOrigin } from "./request-origin";

/**
 * The site's public origin, for absolute links in metadata (link previews must name their image
 * by absolute URL). SITE_URL wins; otherwise the origin the request came in on.
 */
export async function getSiteUrl(): Promise<URL> {
  const configured = configuredSiteUrl();
  if (configured) return configured;
  const requestHeaders = await headers();
  return new URL(requestOrigin((name) => requestHeaders.get(name)));
}

/** SITE_URL when it is an http(s) URL: links made outside any request (webhooks) need it. */
export function configuredSiteUrl(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const configured = env.SITE_URL?.trim();
  const url = configured && URL.canParse(configured) ? new URL(configured) : undefined;
  return url?.protocol === "http:" || url?.protocol === "https:" ? url : undefined;
}
