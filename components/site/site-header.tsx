import { ThemeToggle, type ThemeChoice } from "@/components/theme/theme-toggle";
import { requestedPage } from "@/lib/http/requested-page";
import { formatTimestamp, formatWindow } from "@/lib/format";
import type { DataSource } from "@/lib/model";
import type { Theme } from "@/lib/theme/theme";
import { viewHref, type ViewState } from "@/lib/url-state/view-params";

import { SearchBox } from "./search-box";
import { SiteNav, type NavCurrent } from "./site-nav";
import { ServerMarkup } from "@/components/ui/server-markup";

type SiteHeaderProps = {
  asOf: string;
  windowDays: number;
  source: DataSource;
  fetchedAt: string;
  nav?: NavCurrent;
  view: ViewState;
  /** The query of the search page, shown in the search box. */
  searchQuery?: string;
  theme: Theme | "system";
};

/** The requested view's address with `?theme=` set to each choice, or cleared for "system". */
async function themeHrefs(): Promise<Record<ThemeChoice, string>> {
  const url = await requestedPage();
  const withTheme = (choice: ThemeChoice) => {
    const params = new URLSearchParams(url.search);
    if (choice === "system") params.delete("theme");
    else params.set("theme", choice);
    const query = params.toString();
    return `${url.pathname}${query ? `?${query}` : ""}`;
  };
  return { system: withTheme("system"), light: withTheme("light"), dark: withTheme("dark") };
}

export async function SiteHeader({
  asOf,
  windowDays,
  source,
  fetchedAt,
  nav,
  view,
  searchQuery,
  theme,
}: SiteHeaderProps) {
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-8 gap-y-3 px-4 pt-4 pb-3 sm:px-6">
        <div>
          <a
            href={viewHref("/", view)}
            className="rounded text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          >
            Task Share
          </a>
          <p className="text-sm text-muted-foreground">
            How OpenRouter traffic splits across tasks, and which models lead each one
          </p>
        </div>
        <SearchBox
          query={searchQuery}
          asOf={view.asOf}
          theme={view.theme}
          className="w-full lg:w-72"
        />
        <dl
          className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm tabular-nums"
          aria-live="polite"
          data-testid="data-status"
        >
          <div className="flex gap-1.5">
            <dt className="text-muted-foreground">Task data as of</dt>
            <dd className="font-medium" data-testid="as-of">
              {asOf}
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-muted-foreground">Window</dt>
            <dd className="font-medium">{formatWindow(windowDays, asOf)}</dd>
          </div>
          <div className="flex items-center gap-1.5">
            <dt className="sr-only">Source</dt>
            <dd>
              <SourceBadge source={source} />
            </dd>
          </div>
          {source === "sample" ? (
            // The sample is generated when the server starts: that time is no fetch time.
            <div className="flex gap-1.5">
              <dt className="text-muted-foreground">Figures</dt>
              <dd data-testid="fetched">illustrative, not fetched from OpenRouter</dd>
            </div>
          ) : (
            <div className="flex gap-1.5">
              <dt className="text-muted-foreground">Fetched</dt>
              <dd data-testid="fetched">
                <time dateTime={fetchedAt}>{formatTimestamp(fetchedAt)}</time>
              </dd>
            </div>
          )}
        </dl>
        <ThemeToggle initial={theme} hrefs={await themeHrefs()} />
      </div>
      <ServerMarkup>
        <SiteNav current={nav} theme={view.theme} asOf={view.asOf} />
      </ServerMarkup>
    </header>
  );
}

function SourceBadge({ source }: { source: DataSource }) {
  if (source === "sample") {
    return (
      <span className="rounded-full bg-notice px-2 py-0.5 text-xs font-semibold text-notice-foreground">
        Sample data
      </span>
    );
  }
  if (source === "imported") {
    return (
      <span
        className="rounded-full bg-muted px-2 py-0.5 text-xs font-semibold"
        title="Loaded from a saved OpenRouter response with npm run import, not fetched by this server"
      >
        Imported
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-muted px-2 py-0.5 text-xs font-semibold">
      <span aria-hidden className="size-1.5 rounded-full bg-[var(--chart-agent)]" />
      Live from OpenRouter
    </span>
  );
}
