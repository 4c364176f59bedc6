import type { Config } from "tailwindcss";

// Tailwind v4 reads this file only through `@config` in app/globals.css.
// Colours are CSS variables (defined once for light and dark in globals.css) so charts and
// utilities share one palette.
const config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        background: "var(--background)",
        foreground: "var(--foreground)",
        muted: "var(--muted)",
        "muted-foreground": "var(--muted-foreground)",
        card: "var(--card)",
        border: "var(--border)",
        accent: "var(--accent)",
        notice: "var(--notice)",
        "notice-foreground": "var(--notice-foreground)",
      },
      fontFamily: {
        sans: ["var(--font-inter)", "ui-sans-serif", "system-ui", "sans-serif"],
      },
    },
  },
} satisfies Config;

export default config;
