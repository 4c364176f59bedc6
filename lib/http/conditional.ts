import "server-only";

import { createHash } from "node:crypto";

import { getRevalidateSeconds } from "../data";
import { API_VERSION } from "./api-schemas/common";

// Validators and cache lifetimes for every data answer (JSON, CSV, feeds, the API's own
// description): an ETag and Last-Modified on each, a 304 to a client that already holds the
// same answer, and a Cache-Control that lets a shared cache keep a pinned day for good and a
// latest answer for one refresh window. Errors keep `no-store` (api-response.ts).

/** What an answer is made of: the same `version` at the same URL is the same body. */
export type Freshness = {
  version: string;
  lastModified: Date;
  /**
   * One stored day asked for by its date: it never changes, so caches may keep it for good. A
   * range of days (a history up to a date) is not: an older day can still be imported into it.
   */
  pinned: boolean;
};

/** A year, the longest lifetime HTTP caches are asked to honour (RFC 9111). */
const FOREVER_SECONDS = 31_536_000;

export function cacheControl(pinned: boolean): string {
  if (pinned) return `public, max-age=${FOREVER_SECONDS}, immutable`;
  const window = getRevalidateSeconds();
  // A latest answer can change once per refresh window; one a window old is still worth
  // showing while a fresh one is fetched.
  return `public, max-age=${window}, stale-while-revalidate=${window}`;
}

/** A weak validator: the bytes may be compressed on the way, the answer is the same. */
export function entityTag(version: string): string {
  const digest = createHash("sha256").update(`${API_VERSION}\n${version}`).digest("base64url");
  return `W/"${digest.slice(0, 27)}"`;
}

function validatorHeaders({ version, lastModified, pinned }: Freshness): Record<string, string> {
  return {
    ETag: entityTag(version),
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": cacheControl(pinned),
  };
}

/** RFC 9110 13.1.2: weak comparison, a list of tags, or `*`. */
function matchesTag(header: string, tag: string): boolean {
  const opaque = (value: string) => value.trim().replace(/^W\//, "");
  return header.split(",").some((item) => item.trim() === "*" || opaque(item) === opaque(tag));
}

/** Whether the client already holds this answer: If-None-Match, else If-Modified-Since. */
export function isNotModified(request: Request, freshness: Freshness): boolean {
  const noneMatch = request.headers.get("if-none-match");
  if (noneMatch !== null) return matchesTag(noneMatch, entityTag(freshness.version));
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  // HTTP dates have whole seconds.
  return (
    !Number.isNaN(since) && Math.floor(freshness.lastModified.getTime() / 1000) * 1000 <= since
  );
}

/**
 * The answer to a data request: 304 when the client's copy is current, else `answer()` (built
 * only then) with the validators and lifetime. A refusal (not a 200) is passed on as it is.
 */
export async function conditionalAnswer(
  request: Request,
  freshness: Freshness,
  answer: () => Response | Promise<Response>,
): Promise<Response> {
  const headers = validatorHeaders(freshness);
  // A 304 has no body to compress, so nothing else adds the Vary its 200 carries (RFC 9110
  // 15.4.5: a 304 sends the fields a 200 would, Vary among them).
  if (isNotModified(request, freshness)) {
    return new Response(null, { status: 304, headers: { ...headers, Vary: "Accept-Encoding" } });
  }
  const response = await answer();
  if (response.status !== 200) return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
