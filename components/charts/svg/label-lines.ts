import { truncate } from "@/lib/format";

/**
 * A row label in at most two lines of `lineCharacters` each, broken between words or after a
 * "-" or "/" inside one (a model name such as "claude-sonnet-4.5" has no spaces): a long name
 * gets a second line rather than losing its end; a word too long for a line is broken with a
 * hyphen when the label then fits. Only what does not fit in two lines is shortened with "…".
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
  const first = best && label.slice(0, best[0]).trimEnd();
  const rest = best && label.slice(best[1]).trimStart();
  if (first !== undefined && rest !== undefined && rest.length <= lineCharacters) {
    return rest ? [first, rest] : [first];
  }
  // No break leaves a second line that fits, but the whole label fits two lines: break inside
  // a word with a hyphen ("Conversation-", "al Reply") rather than cut its end.
  if (label.length <= 2 * lineCharacters - 1) {
    return [`${label.slice(0, lineCharacters - 1)}-`, label.slice(lineCharacters - 1).trimStart()];
  }
  if (first === undefined || rest === undefined) return [truncate(label, lineCharacters)];
  return rest ? [first, truncate(rest, lineCharacters)] : [first];
}
