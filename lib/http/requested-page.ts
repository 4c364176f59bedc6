import "server-only";

import { headers } from "next/headers";

import { REQUESTED_URL_HEADER } from "./requested-url";

/**
 * The page this render answers, path and query as asked (proxy.ts passes them on: Next gives a
 * layout or a component no access to the URL). Its origin is a placeholder, not the site's.
 */
export async function requestedPage(): Promise<URL> {
  const requested = (await headers()).get(REQUESTED_URL_HEADER) ?? "/";
  return new URL(requested, "http://task-share.invalid");
}
