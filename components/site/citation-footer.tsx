// The citation module alone (no zod): the error page, a client component, shows this footer.
import { attributionFor, RANKINGS_URL } from "@/lib/model/citation";
import type { CitedDataset, DataSource } from "@/lib/model";

type CitationFooterProps = {
  /**
   * What the page's figures cite: their day, where they came from (the sample is never cited as
   * OpenRouter's) and which dataset, when not the rankings (each names its own page). Pages that
   * show none (an error) have no citation, only links.
   */
  cited?: { asOf: string; source: DataSource; dataset?: CitedDataset };
  /** The embeds' footer: tighter, and its links open the full app in a new tab. */
  compact?: boolean;
  /** The About page, pinned to the page's day when the page is pinned. */
  aboutHref?: string;
  /** Which dataset the citation's date belongs to, when the header shows another's. */
  whose?: string;
};

const FOOTER_LINK =
  "rounded underline underline-offset-2 hover:text-foreground focus-visible:outline-2 focus-visible:outline-accent";

/**
 * The citation under every page, and in the bottom margin of every printed page (a page-margin
 * box: the browser repeats it on each sheet, which no element in the flow can do), with the way
 * to the page that explains the data.
 */
export function CitationFooter({
  cited,
  compact = false,
  aboutHref = "/about",
  whose,
}: CitationFooterProps) {
  const citation = cited && attributionFor(cited.asOf, cited.source, cited.dataset);
  return (
    <footer className={compact ? "mt-4 border-t border-border" : "mt-12 border-t border-border"}>
      {citation && <style>{`@page { @bottom-left { content: ${cssString(citation)}; } }`}</style>}
      <div
        className={`flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground ${compact ? "py-3" : "mx-auto max-w-6xl px-4 py-5 sm:px-6"}`}
      >
        {citation && (
          <div className="flex flex-col gap-1">
            {whose && <p data-testid="citation-whose">{whose}</p>}
            <p data-testid="citation">{citation}</p>
          </div>
        )}
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <a
            href={aboutHref}
            className={FOOTER_LINK}
            data-testid="about-link"
            {...(compact ? { target: "_blank", rel: "noopener" } : {})}
          >
            About the data
            {compact && <span className="sr-only"> (opens in a new tab)</span>}
          </a>
          {!compact && (
            <a href="/api" className={FOOTER_LINK} data-testid="api-link">
              Data API
            </a>
          )}
          <a href={RANKINGS_URL} className={FOOTER_LINK}>
            OpenRouter rankings
          </a>
        </p>
      </div>
    </footer>
  );
}

/** A CSS string literal; JSON's escaping of quotes and backslashes is valid CSS escaping. */
function cssString(text: string): string {
  return JSON.stringify(text).replaceAll("<", "\\3c ");
}
