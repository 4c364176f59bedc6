import { ShareActions } from "@/components/export/share-actions";
import { citationFor } from "@/lib/citation";
import { getDataStatus, type Classifications } from "@/lib/data/service";
import { getRequestTheme } from "@/lib/theme/request-theme";
import type { ViewState } from "@/lib/url-state/view-params";

import { CitationFooter } from "./citation-footer";
import { LiveRefresh } from "./live-refresh";
import { SampleNotice } from "./sample-notice";
import { SiteHeader } from "./site-header";
import type { NavCurrent } from "./site-nav";
import { StaleNotice } from "./stale-notice";

type PageShellProps = {
  classifications: Classifications;
  /** How often an open page asks the server whether newer data has arrived. */
  pollSeconds: number;
  /** Which site section the page belongs to, for the navigation. */
  nav: NavCurrent;
  /** The page's shared view settings, kept by the header's links. */
  view: ViewState;
  /** A pinned date (?as_of=) shows that snapshot for good: never replaced by newer data. */
  pinned?: boolean;
  children: React.ReactNode;
};

/** Header, notices, share buttons and citation around every page that shows data. */
export async function PageShell({
  classifications,
  pollSeconds,
  nav,
  view,
  pinned = false,
  children,
}: PageShellProps) {
  const { snapshot, source, fetchedAt } = classifications;
  const status = await getDataStatus();
  return (
    <>
      <SiteHeader
        asOf={snapshot.asOf}
        windowDays={snapshot.windowDays}
        source={source}
        fetchedAt={fetchedAt}
        nav={nav}
        view={view}
        theme={(await getRequestTheme()) ?? "system"}
      />
      <main className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6 sm:px-6">
        {source === "sample" && <SampleNotice />}
        {!pinned && <StaleNotice asOf={snapshot.asOf} status={status} />}
        <ShareActions citation={citationFor(snapshot.asOf)} />
        {children}
      </main>
      <CitationFooter asOf={snapshot.asOf} />
      {source === "live" && !pinned && (
        <LiveRefresh rendered={{ asOf: snapshot.asOf, fetchedAt }} pollMs={pollSeconds * 1000} />
      )}
    </>
  );
}
