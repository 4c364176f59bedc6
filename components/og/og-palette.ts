// An Open Graph image is drawn on the server with no stylesheet, so CSS variables cannot reach
// it. These mirror the light half of app/globals.css (a unit test keeps them in step).

export const OG_PALETTE = {
  background: "#ffffff",
  foreground: "#14171f",
  mutedForeground: "#545b69",
  border: "#dde1e8",
  notice: "#fff4d6",
  noticeForeground: "#5a4300",
} as const;

export const OG_MACRO_COLOURS = new Map([
  ["code", "#0072b2"],
  ["data", "#c98a00"],
  ["agent", "#009e73"],
  ["general", "#cc79a7"],
]);

/** The same spare colours, in the same order, as lib/macro-categories.ts. */
export const OG_SPARE_COLOURS = ["#d55e00", "#56b4e9", "#6b7280"];
