import type { TagShare, TaskDay } from "../model";

// Colour carries meaning only for macro-categories. The four known keys have fixed colours;
// a key the upstream adds later takes the next spare colour instead of breaking the charts.
// The values are CSS variables defined for light and dark in app/globals.css.

// Maps, not object literals: keys come from upstream, and "constructor" or "__proto__" must be
// ordinary keys here.
const KNOWN_COLOURS = new Map([
  ["code", "var(--chart-code)"],
  ["data", "var(--chart-data)"],
  ["agent", "var(--chart-agent)"],
  ["general", "var(--chart-general)"],
]);

const SPARE_COLOURS = ["var(--chart-extra-1)", "var(--chart-extra-2)", "var(--chart-extra-3)"];
const FALLBACK_COLOUR = "var(--chart-extra-3)";

/** A colour lookup for the given macro-category keys (in upstream order). */
export function macroColours(keys: string[]): (key: string) => string {
  const colours = new Map<string, string>();
  let spare = 0;
  for (const key of keys) {
    if (colours.has(key)) continue;
    colours.set(
      key,
      KNOWN_COLOURS.get(key) ?? SPARE_COLOURS[spare++ % SPARE_COLOURS.length] ?? FALLBACK_COLOUR,
    );
  }
  return (key) => colours.get(key) ?? FALLBACK_COLOUR;
}

/** A figure for each macro-category, worked out from its tasks alone, by the category's key. */
export function perMacroCategory<Figure>(
  snapshot: Pick<TaskDay, "tags" | "macroCategories">,
  figure: (tags: TagShare[]) => Figure,
): Map<string, Figure> {
  return new Map(
    snapshot.macroCategories.map((macro) => [
      macro.key,
      figure(snapshot.tags.filter((tag) => tag.macroCategory === macro.key)),
    ]),
  );
}
