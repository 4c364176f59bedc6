import { truncate } from "@/lib/format";

/**
 * A row label in at most two lines of `lineCharacters` each, broken between words or after a
 * "-" or "/" inside one (a model name such as "claude-sonnet-4.5" has no spaces): a long name
 * gets a second line rather than losing its end. Only what does not fit in two lines (or a
 * first line with nowhere to break) is shortened with "…".
 */
export function labelLines(label: string, lineCharacters: number): string[] {
  if (label.length <= lineCharacters) return [label];
  // The latest break that leaves a first line of at most lineCharacters: [its end, rest's start].
  let best: [number, number] | undefined;
  for (let index = 1; index <= lineCharacters; index += 1) {
    const previous = label[index - 1] ?? "";
    if (/\s/.test(label[index] ?? "")) best = [index, index + 1];
    else if (previous === "-" || previous === "/") best = [index, index];
  }
  if (!best) return [truncate(label, lineCharacters)];
  const first = label.slice(0, best[0]).trimEnd();
  const rest = label.slice(best[1]).trimStart();
  return rest ? [first, truncate(rest, lineCharacters)] : [first];
}
