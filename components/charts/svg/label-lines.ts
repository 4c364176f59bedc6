import { truncate } from "@/lib/format";

/**
 * A row label in at most two lines of `lineCharacters` each, broken between words: a long task
 * name ("Classification & Tagging") gets a second line rather than losing its end. Only what
 * does not fit in two lines (or a single word longer than a line) is shortened with "…".
 */
export function labelLines(label: string, lineCharacters: number): string[] {
  if (label.length <= lineCharacters) return [label];
  const words = label.split(/\s+/).filter(Boolean);
  let first = "";
  let index = 0;
  for (; index < words.length; index += 1) {
    const candidate = first ? `${first} ${words[index]}` : (words[index] ?? "");
    if (candidate.length > lineCharacters) break;
    first = candidate;
  }
  // The first word alone is too long for a line: nothing to break at.
  if (!first) return [truncate(label, lineCharacters)];
  const rest = words.slice(index).join(" ");
  return [first, truncate(rest, lineCharacters)];
}
