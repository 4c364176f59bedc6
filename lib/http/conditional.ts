import "server-only";

import { createHash } from "node:crypto";

import { getRevalidateSeconds } from "../data";
import { apiError } from "./api-response";
import { API_VERSION } from "./api-schemas/common";
import { holdsCurrentCopy, sentDate } from "./validators";

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

/** HTTP forbids a Last-Modified later than the answer's own Date (RFC 9110 8.8.2.1). */
function lastModifiedOf(freshness: Freshness, now: number): number {
  return Math.floor(Math.min(freshness.lastModified.getTime(), now) / 1000) * 1000;
}

function validatorHeaders(freshness: Freshness, now: number): Record<string, string> {
  return {
    ETag: entityTag(freshness.version),
    "Last-Modified": new Date(lastModifiedOf(freshness, now)).toUTCString(),
    "Cache-Control": cacheControl(freshness.pinned),
  };
}

/**
 * Whether the client's precondition fails (RFC 9110 13.2.2): If-Match names another answer, or,
 * without it, If-Unmodified-Since is older than this one. The answer is then a 412.
 */
export function isPreconditionFailed(
  request: Request,
  freshness: Freshness,
  now = Date.now(),
): boolean {
  const match = request.headers.get("if-match");
  if (match !== null) return !matchesStrongly(match, entityTag(freshness.version));
  const since = sentDate(request.headers.get("if-unmodified-since"), now);
  return since !== undefined && lastModifiedOf(freshness, now) > since;
}

/** If-Match compares strongly: a weak tag (all of ours) matches only `*`. */
function matchesStrongly(header: string, tag: string): boolean {
  return header.split(",").some((item) => {
    const value = item.trim();
    return value === "*" || (!value.startsWith("W/") && !tag.startsWith("W/") && value === tag);
  });
}

/** Whether the client already holds this answer (./validators.ts). */
export function isNotModified(request: Request, freshness: Freshness, now = Date.now()): boolean {
  return holdsCurrentCopy(
    {
      noneMatch: request.headers.get("if-none-match") ?? undefined,
      modifiedSince: request.headers.get("if-modified-since") ?? undefined,
    },
    { tag: entityTag(freshness.version), lastModified: lastModifiedOf(freshness, now) },
    now,
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
  const now = Date.now();
  const headers = validatorHeaders(freshness, now);
  if (isPreconditionFailed(request, freshness, now)) {
    const { ETag, "Last-Modified": lastModified = "" } = headers;
    return apiError(412, "The precondition (If-Match or If-Unmodified-Since) does not hold.", {
      ETag: ETag ?? "",
      "Last-Modified": lastModified,
    });
  }
  // A 304 has no body to compress, so nothing else adds the Vary its 200 carries (RFC 9110
  // 15.4.5: a 304 sends the fields a 200 would, Vary among them).
  if (isNotModified(request, freshness, now)) {
    return new Response(null, { status: 304, headers: { ...headers, Vary: "Accept-Encoding" } });
  }
  const response = await answer();
  if (response.status !== 200) return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
