import { parseAsStringLiteral } from "nuqs/server";

// Light or dark: the system's choice unless overridden, first by `?theme=` (a shared link or an
// embed asks for one), then by the visitor's toggle (a cookie). The server resolves it before
// rendering (proxy.ts → THEME_HEADER → <html data-theme>), so the page never flashes.

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const themeParser = parseAsStringLiteral(THEMES);

export const THEME_COOKIE = "task-share-theme";
/** Set by proxy.ts for the root layout, which cannot read the query string itself. */
export const THEME_HEADER = "x-task-share-theme";

/** The theme to render, or undefined to follow the system. */
export function resolveTheme(
  queryValue: string | null | undefined,
  cookieValue: string | null | undefined,
): Theme | undefined {
  return themeParser.parse(queryValue ?? "") ?? themeParser.parse(cookieValue ?? "") ?? undefined;
}
