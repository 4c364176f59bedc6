import { ShareActions } from "@/components/export/share-actions";
import { attributionFor, type CitedDataset, type DataSource } from "@/lib/model";
import type { TaskDayView } from "@/lib/data";
import { getRequestTheme } from "@/lib/theme/request-theme";
import { aboutHref } from "@/lib/url-state/about-params";
import type { ViewState } from "@/lib/url-state/view-params";

import { CitationFooter } from "./citation-footer";
import { LiveRefresh } from "./live-refresh";
import { SampleNotice } from "./sample-notice";
import { SiteHeader } from "./site-header";
import type { NavCurrent } from "./site-nav";
import { StaleNotice } from "./stale-notice";

type PageShellProps = {
  /** The day the page shows, as the data layer read it. */
  day: TaskDayView;
  /** Which site section the page belongs to, for the navigation; none for the search page. */
  nav?: NavCurrent;
  /** The page's shared view settings, kept by the header's links. */
  view: ViewState;
  /** The query the page shows results for, kept in the header's search box. */
  searchQuery?: string;
  /** What the page's figures cite when they are not the day's: another dataset and its date. */
  cites?: { asOf: string; source: DataSource; dataset: CitedDataset };
  children: React.ReactNode;
};

const DATASET_NAMES: Record<CitedDataset, string> = {
  rankings: "rankings dataset",
  "session-cost": "session-cost dataset",
  apps: "app rankings dataset",
};

/** Header, notices, share buttons and citation around every page that shows data. */
export async function PageShell({ day, nav, view, searchQuery, cites, children }: PageShellProps) {
  const { snapshot, source, fetchedAt } = day.classifications;
  const cited = cites ?? { asOf: snapshot.asOf, source };
  return (
    <>
      <SiteHeader
        asOf={snapshot.asOf}
        windowDays={snapshot.windowDays}
        source={source}
        fetchedAt={fetchedAt}
        nav={nav}
        view={view}
        searchQuery={searchQuery}
        theme={(await getRequestTheme()) ?? "system"}
      />
      <main className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6 sm:px-6">
        {source === "sample" && <SampleNotice />}
        {!day.pinned && <StaleNotice asOf={snapshot.asOf} status={day.status} />}
        <ShareActions citation={attributionFor(cited.asOf, cited.source, cites?.dataset)} />
        {children}
      </main>
      <CitationFooter
        cited={cited}
        whose={
          cites && cites.asOf.slice(0, 10) !== snapshot.asOf
            ? `This page's figures are from the ${DATASET_NAMES[cites.dataset]}, as of ${cites.asOf.slice(0, 10)}; the header's “Task data as of ${snapshot.asOf}” is the task snapshot's day.`
            : undefined
        }
        aboutHref={aboutHref({ asOf: day.pinned ? snapshot.asOf : null, theme: view.theme })}
      />
      {source !== "sample" && !day.pinned && (
        <LiveRefresh
          rendered={{ asOf: snapshot.asOf, fetchedAt, stale: day.status.stale }}
          pollMs={day.pollSeconds * 1000}
        />
      )}
    </>
  );
}
