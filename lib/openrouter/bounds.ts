import { z } from "zod";

// Bounds on every upstream string, checked at the edge so nothing downstream (pages, feeds,
// the link-preview renderer, whose line breaking grows far faster than the text) ever sees a
// runaway one. Identities (a task's tag, a category key, a model id) are never altered: one
// past its bound refuses the answer. Names people read are cut with an ellipsis, and logged.

/** Tags, category keys and model ids: far above real ones (about 60), past it the answer is refused. */
export const MAX_ID_LENGTH = 500;
/** Display names and labels: as the model catalogue's names; past it they are cut. */
export const MAX_NAME_LENGTH = 200;

/** A NUL cannot be stored (PostgreSQL's text and jsonb refuse it) nor shown. */
export function hasNul(text: string): boolean {
  return text.includes("\0");
}

/** An identity: non-empty, within MAX_ID_LENGTH, no NUL. */
export const upstreamId = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .refine((text) => !hasNul(text), "contains a NUL character");

/** A name people read: non-empty, no NUL; its length is bounded by `boundName` after parsing. */
export const upstreamName = z
  .string()
  .min(1)
  .refine((text) => !hasNul(text), "contains a NUL character");

/** The name cut to MAX_NAME_LENGTH characters (an ellipsis last), or undefined when it fits. */
export function boundName(name: string): string | undefined {
  if (name.length <= MAX_NAME_LENGTH) return undefined;
  // By code points, so a cut never leaves half a surrogate pair.
  return `${Array.from(name)
    .slice(0, MAX_NAME_LENGTH - 1)
    .join("")}…`;
}

/** Whether any string or key anywhere in a parsed JSON value holds a NUL. */
/** A display name as shown: cut to MAX_NAME_LENGTH, the cut logged as the fault upstream it is. */
export function shownName(name: string, what: string): string {
  const cut = boundName(name);
  if (cut === undefined) return name;
  console.warn(`[task-share] cut ${what} of ${name.length} characters`);
  return cut;
}

export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return hasNul(value);
  if (Array.isArray(value)) return value.some(containsNul);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).some(([key, item]) => hasNul(key) || containsNul(item));
  }
  return false;
}
