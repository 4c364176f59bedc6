// How a client's copy is compared with an answer's validators (RFC 9110 13.1), with no imports:
// the routes (conditional.ts) and the render cache in server.ts (cached-render.ts) compare alike.

/** An HTTP date a client sent, or undefined when it is not one or lies in the future. */
export function sentDate(value: string | null | undefined, now: number): number | undefined {
  const date = Date.parse(value ?? "");
  return Number.isNaN(date) || date > now ? undefined : date;
}

/** RFC 9110 13.1.2: If-None-Match compares weakly, against a list of tags or `*`. */
function matchesTag(header: string, tag: string): boolean {
  const opaque = (value: string) => value.trim().replace(/^W\//, "");
  return header.split(",").some((item) => item.trim() === "*" || opaque(item) === opaque(tag));
}

/**
 * Whether a client's copy is current (RFC 9110 13.2.2): If-None-Match against the tag, else
 * If-Modified-Since against the last modification. A date the client sent that is not one, or lies
 * in the future (no copy can have been made then), proves nothing.
 */
export function holdsCurrentCopy(
  asked: { noneMatch?: string; modifiedSince?: string },
  answer: { tag?: string; lastModified: number },
  now: number,
): boolean {
  if (asked.noneMatch !== undefined) {
    return answer.tag !== undefined && matchesTag(asked.noneMatch, answer.tag);
  }
  const since = sentDate(asked.modifiedSince, now);
  return since !== undefined && !Number.isNaN(answer.lastModified) && answer.lastModified <= since;
}
