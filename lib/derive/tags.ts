import type { TagShare } from "../model";
import { choiceSet } from "./choices";
import { viewHref, type ViewState } from "../url-state/view-params";

export const TAG_SORT = choiceSet(
  { usage: "Usage share", tokens: "Token share", intensity: "Token intensity", name: "Name" },
  "usage",
);
export type TagSort = (typeof TAG_SORT.choices)[number];

const compareBy: Record<TagSort, (a: TagShare, b: TagShare) => number> = {
  usage: (a, b) => b.usageShare - a.usageShare,
  tokens: (a, b) => b.tokenShare - a.tokenShare,
  intensity: (a, b) => (b.tokenIntensity ?? -1) - (a.tokenIntensity ?? -1),
  name: (a, b) => a.displayName.localeCompare(b.displayName, "en"),
};

/** Numbers sort descending (biggest first), names alphabetically; ties keep upstream order. */
export function sortTags(tags: TagShare[], sort: TagSort): TagShare[] {
  return [...tags].sort(compareBy[sort]);
}

export function filterTags(tags: TagShare[], macroCategory: string | null): TagShare[] {
  return macroCategory ? tags.filter((tag) => tag.macroCategory === macroCategory) : tags;
}

/**
 * A tag's drill-down, keeping the view settings. Tags contain ":" (and upstream may send
 * anything), so they are always encoded in paths. `base` is "/embed" for the embeddable twin.
 */
export function tagHref(tag: string, view: Partial<ViewState> = {}, base = ""): string {
  return viewHref(`${base}/tags/${encodeURIComponent(tag)}`, view);
}

/** The tag named by a path segment, or undefined when the segment is not valid encoding. */
export function decodeTagSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The tag a /tags/[tag] segment names. The segment may reach the page still encoded or
 * already decoded, so both readings are tried, the decoded one first.
 */
export function findTagBySegment<T extends { tag: string }>(
  tags: T[],
  segment: string,
): T | undefined {
  const decoded = decodeTagSegment(segment);
  return tags.find((item) => item.tag === decoded) ?? tags.find((item) => item.tag === segment);
}
