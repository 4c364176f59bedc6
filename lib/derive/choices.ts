/**
 * The choices a control offers, read off their labels in the order written: the list and its
 * labels are one object, so they cannot drift apart.
 */
export function choicesOf<Choice extends string>(labels: Record<Choice, string>): Choice[] {
  return Object.keys(labels).filter((key): key is Choice => key in labels);
}
