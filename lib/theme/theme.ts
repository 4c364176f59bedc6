// Light or dark: the system's choice unless overridden, first by `?theme=` (a shared link or an
// embed asks for one), then by the visitor's toggle (a cookie). The server resolves it before
// rendering (proxy.ts → THEME_HEADER → <html data-theme>), so the page never flashes. Free of
// dependencies: the toggle imports it into every page's first-load JavaScript.

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = "task-share-theme";
/** Set by proxy.ts for the root layout, which cannot read the query string itself. */
export const THEME_HEADER = "x-task-share-theme";

export function asTheme(value: string | null | undefined): Theme | undefined {
  return THEMES.find((theme) => theme === value);
}

/** The theme to render, or undefined to follow the system. */
export function resolveTheme(
  queryValue: string | null | undefined,
  cookieValue: string | null | undefined,
): Theme | undefined {
  return asTheme(queryValue) ?? asTheme(cookieValue);
}
