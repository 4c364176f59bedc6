"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { Theme } from "@/lib/theme/theme";

import { applyTheme } from "./apply-theme";

type Choice = Theme | "system";

const CHOICES: { choice: Choice; label: string }[] = [
  { choice: "system", label: "System" },
  { choice: "light", label: "Light" },
  { choice: "dark", label: "Dark" },
];

/**
 * System, light or dark. The choice is remembered (a cookie, read by the server on the next
 * request so the page renders in it) and written to the URL, so the link reproduces it; the
 * server re-renders the view's links with it. "System" clears both.
 */
export function ThemeToggle({ initial }: { initial: Choice }) {
  const [choice, setChoice] = useState<Choice>(initial);
  const router = useRouter();

  function choose(next: Choice) {
    setChoice(next);
    applyTheme(next);
    // One parameter, set or cleared: the server's parsers read it back on the re-render.
    const url = new URL(window.location.href);
    if (next === "system") url.searchParams.delete("theme");
    else url.searchParams.set("theme", next);
    router.push(`${url.pathname}${url.search}`, { scroll: false });
  }

  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="flex rounded-md border border-border bg-card p-0.5 text-xs print:hidden"
    >
      {CHOICES.map((option) => (
        <button
          key={option.choice}
          type="button"
          aria-pressed={choice === option.choice}
          onClick={() => choose(option.choice)}
          className={`rounded px-2.5 py-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent ${
            choice === option.choice
              ? "bg-foreground text-background"
              : "text-muted-foreground hover:text-foreground"
          }`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
