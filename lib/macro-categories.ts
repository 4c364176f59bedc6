// Colour carries meaning only for macro-categories. The four known keys have fixed colours;
// a key the upstream adds later takes the next spare colour instead of breaking the charts.
// The values are CSS variables defined for light and dark in app/globals.css.

const KNOWN_COLOURS: Record<string, string> = {
  code: "var(--chart-code)",
  data: "var(--chart-data)",
  agent: "var(--chart-agent)",
  general: "var(--chart-general)",
};

const SPARE_COLOURS = ["var(--chart-extra-1)", "var(--chart-extra-2)", "var(--chart-extra-3)"];

/** Colours for every macro-category key, in the order given. */
export function macroColours(keys: string[]): Record<string, string> {
  const colours: Record<string, string> = {};
  let spare = 0;
  for (const key of keys) {
    colours[key] = KNOWN_COLOURS[key] ?? SPARE_COLOURS[spare++ % SPARE_COLOURS.length] ?? "";
  }
  return colours;
}
