import { attributionFor, RANKINGS_URL } from "@/lib/citation";
import type { DataSource } from "@/lib/openrouter/types";

/**
 * The citation under every page, and in the bottom margin of every printed page (a page-margin
 * box: the browser repeats it on each sheet, which no element in the flow can do).
 */
export function CitationFooter({
  asOf,
  source,
  compact = false,
}: {
  asOf: string;
  source: DataSource;
  compact?: boolean;
}) {
  const citation = attributionFor(asOf, source);
  return (
    <footer className={compact ? "mt-4 border-t border-border" : "mt-12 border-t border-border"}>
      <style>{`@page { @bottom-left { content: ${cssString(citation)}; } }`}</style>
      <div
        className={`flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground ${compact ? "py-3" : "mx-auto max-w-6xl px-4 py-5 sm:px-6"}`}
      >
        <p data-testid="citation">{citation}</p>
        <a
          href={RANKINGS_URL}
          className="rounded underline underline-offset-2 hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent"
        >
          OpenRouter rankings
        </a>
      </div>
    </footer>
  );
}

/** A CSS string literal; JSON's escaping of quotes and backslashes is valid CSS escaping. */
function cssString(text: string): string {
  return JSON.stringify(text).replaceAll("<", "\\3c ");
}
