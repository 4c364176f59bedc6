import type { Theme } from "@/lib/theme/theme";
import { AS_OF_PARAM } from "@/lib/url-state/as-of";
import { MAX_QUERY_LENGTH } from "@/lib/derive/search";
import { SEARCH_QUERY_PARAM } from "@/lib/url-state/search-page-params";

import { SearchShortcut } from "./search-shortcut";

const INPUT_ID = "site-search";
export const SEARCH_LABEL = "Search tasks, models and providers";

type SearchBoxProps = {
  /** The query the page shows results for, if any. */
  query?: string;
  /** A pinned day, kept so the results are the same day's. */
  asOf?: string | null;
  /** A theme the URL asked for, kept as the header's links keep it. */
  theme?: Theme | null;
  className?: string;
};

/** The header's search: a plain GET form to /search, so it works without JavaScript. */
export function SearchBox({ query, asOf, theme, className }: SearchBoxProps) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Site search"
      className={`flex print:hidden ${className ?? ""}`}
    >
      <div className="relative min-w-0 flex-1">
        <input
          id={INPUT_ID}
          type="search"
          name={SEARCH_QUERY_PARAM}
          defaultValue={query}
          aria-label={SEARCH_LABEL}
          placeholder="Search tasks, models…"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          className="peer h-9 w-full rounded-l-md border border-border bg-card px-3 text-base text-foreground placeholder:text-muted-foreground focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-accent sm:pr-8 sm:text-sm"
        />
        <SearchShortcut inputId={INPUT_ID} />
      </div>
      {asOf && <input type="hidden" name={AS_OF_PARAM} value={asOf} />}
      {theme && <input type="hidden" name="theme" value={theme} />}
      <button
        type="submit"
        className="-ml-px inline-flex h-9 shrink-0 items-center justify-center rounded-r-md border border-border bg-muted px-2.5 text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
      >
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}
