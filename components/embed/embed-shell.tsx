import { CitationFooter } from "@/components/site/citation-footer";
import { SampleNotice } from "@/components/site/sample-notice";
import { TEXT_LINK } from "@/components/ui/text-link";
import type { TaskDayView } from "@/lib/data";
import type { CitedDataset, DataSource } from "@/lib/model";
import { aboutHref } from "@/lib/url-state/about-params";

import { EmbedHeight } from "./embed-height";

type EmbedShellProps = {
  day: TaskDayView;
  /** The same view in the full app, opened in a new tab. */
  fullViewHref: string;
  /** What the view's figures cite when they are not the day's (the rankings dataset's date). */
  cites?: { asOf: string; source: DataSource; dataset?: CitedDataset };
  children: React.ReactNode;
};

const ROOT_ID = "embed-root";

/**
 * An embeddable view: no site header, navigation or controls; the data date, the citation and a
 * way to the full view stay. Its height follows the content and is reported to the host page.
 */
export function EmbedShell({ day, fullViewHref, cites, children }: EmbedShellProps) {
  const { snapshot, source } = day.classifications;
  const cited = cites ?? { asOf: snapshot.asOf, source };
  return (
    <div id={ROOT_ID} className="flex flex-col gap-4 p-3 sm:p-4" data-embed>
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
        <p>
          <span className="font-semibold">Task Share</span>
          <span className="text-muted-foreground"> · OpenRouter traffic by task · data as of </span>
          <span className="font-medium tabular-nums" data-testid="as-of">
            {cited.asOf}
          </span>
        </p>
        <a
          href={fullViewHref}
          target="_blank"
          rel="noopener"
          className={`${TEXT_LINK} font-medium print:hidden`}
        >
          Open in Task Share
          <span aria-hidden> ↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </header>
      <main className="flex flex-col gap-4">
        {/* Inside the landmark: a notice outside every region is content a screen reader skips. */}
        {source === "sample" && <SampleNotice />}
        {children}
      </main>
      <CitationFooter
        cited={cited}
        compact
        aboutHref={aboutHref({ asOf: day.pinned ? snapshot.asOf : null })}
      />
      <EmbedHeight targetId={ROOT_ID} />
    </div>
  );
}
