/**
 * A setting's choices: their labels in the order a control offers them (the list and its labels
 * are one object, so they cannot drift apart), and the one a URL without the setting means.
 */
export type ChoiceSet<Choice extends string> = {
  labels: Readonly<Record<Choice, string>>;
  choices: readonly Choice[];
  default: Choice;
};

export function choiceSet<Choice extends string>(
  labels: Record<Choice, string>,
  initial: NoInfer<Choice>,
): ChoiceSet<Choice> {
  const choices = Object.keys(labels).filter((key): key is Choice => key in labels);
  return { labels, choices, default: initial };
}
