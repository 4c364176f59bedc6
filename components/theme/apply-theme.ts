import { THEME_COOKIE, type Theme } from "@/lib/theme/theme";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Shows the chosen theme at once and remembers it for the server's next render. Not HttpOnly:
 * it is a display preference, and the page sets it.
 */
export function applyTheme(choice: Theme | "system") {
  const root = document.documentElement;
  if (choice === "system") {
    delete root.dataset.theme;
    document.cookie = `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
  } else {
    root.dataset.theme = choice;
    document.cookie = `${THEME_COOKIE}=${choice}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  }
}
