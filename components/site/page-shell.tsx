import { getDataStatus, type Classifications } from "@/lib/openrouter";

import { CitationFooter } from "./citation-footer";
import { LiveRefresh } from "./live-refresh";
import { SampleNotice } from "./sample-notice";
import { SiteHeader } from "./site-header";
import { StaleNotice } from "./stale-notice";

type PageShellProps = {
  classifications: Classifications;
  /** How often an open page asks the server whether newer data has arrived. */
  pollSeconds: number;
  /** A pinned date (?as_of=) shows that snapshot for good: never replaced by newer data. */
  pinned?: boolean;
  children: React.ReactNode;
};

/** Header, sample notice and citation around every page that shows data. */
export async function PageShell({
  classifications,
  pollSeconds,
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
      />
      <main className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6 sm:px-6">
        {source === "sample" && <SampleNotice />}
        {!pinned && <StaleNotice asOf={snapshot.asOf} status={status} />}
        {children}
      </main>
      <CitationFooter asOf={snapshot.asOf} />
      {source === "live" && !pinned && (
        <LiveRefresh rendered={{ asOf: snapshot.asOf, fetchedAt }} pollMs={pollSeconds * 1000} />
      )}
    </>
  );
}
