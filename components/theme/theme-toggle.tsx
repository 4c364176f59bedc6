"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { Theme } from "@/lib/theme/theme";

import { applyTheme } from "./apply-theme";

export type ThemeChoice = Theme | "system";
type Choice = ThemeChoice;

const CHOICES: { choice: Choice; label: string }[] = [
  { choice: "system", label: "System" },
  { choice: "light", label: "Light" },
  { choice: "dark", label: "Dark" },
];

/**
 * System, light or dark. The choice is remembered (a cookie, read by the server on the next
 * request so the page renders in it) and written to the URL, so the link reproduces it; the
 * server re-renders the view's links with it. "System" clears both. Without JavaScript the
 * choices are links to this view with `?theme=` set or cleared, which the server answers.
 */
export function ThemeToggle({
  initial,
  hrefs,
}: {
  initial: Choice;
  /** This view's address with each choice. */
  hrefs: Record<Choice, string>;
}) {
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
    <>
      <div role="group" aria-label="Colour theme" className={`needs-js ${GROUP}`}>
        {CHOICES.map((option) => (
          <button
            key={option.choice}
            type="button"
            aria-pressed={choice === option.choice}
            onClick={() => choose(option.choice)}
            className={optionClass(choice === option.choice)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <nav aria-label="Colour theme" className={`no-js-only ${GROUP}`}>
        {CHOICES.map((option) => (
          <a
            key={option.choice}
            href={hrefs[option.choice]}
            aria-current={choice === option.choice ? "true" : undefined}
            className={`inline-block ${optionClass(choice === option.choice)}`}
          >
            {option.label}
          </a>
        ))}
      </nav>
    </>
  );
}

const GROUP = "flex rounded-md border border-border bg-card p-0.5 text-xs print:hidden";

function optionClass(chosen: boolean): string {
  return `rounded px-2.5 py-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent ${
    chosen ? "bg-foreground text-background" : "text-muted-foreground hover:text-foreground"
  }`;
}
