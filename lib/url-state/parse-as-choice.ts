import { parseAsStringLiteral } from "nuqs/server";

import type { ChoiceSet } from "../derive/choices";

/** A setting in the URL: one of its choices, or its default when absent or not understood. */
export function parseAsChoice<Choice extends string>(set: ChoiceSet<Choice>) {
  return parseAsStringLiteral(set.choices).withDefault(set.default);
}
