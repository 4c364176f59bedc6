import { notFound } from "next/navigation";

import { DroppedNote } from "@/components/history/dropped-note";
import { ExportLinks } from "@/components/history/export-links";
import { HistoryBar } from "@/components/history/history-bar";
import { MacroTrendCard } from "@/components/history/macro-trend-card";
import { NoHistoryNote } from "@/components/history/no-history-note";
import { MacroDonutCard } from "@/components/overview/macro-donut-card";
import { TagBarsCard } from "@/components/overview/tag-bars-card";
import { TagControls } from "@/components/overview/tag-controls";
import { TagTable } from "@/components/overview/tag-table";
import { PageShell } from "@/components/site/page-shell";
import { ViewNotices } from "@/components/site/view-notices";
import { getSnapshotPage } from "@/lib/history";
import { chooseComparison, describeComparison } from "@/lib/history/comparisons";
import { parseHistoryParams } from "@/lib/history-params";
import { getRevalidateSeconds } from "@/lib/openrouter";
import { overviewHref, parseOverviewParams, type SearchParams } from "@/lib/overview-params";
import { filterTags, sortTags } from "@/lib/tags";

// Data is read at request time from the server's cache; never at build time.
export const dynamic = "force-dynamic";

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const historyParams = parseHistoryParams(params);
  const history = historyParams.state;
  const page = await getSnapshotPage(history.asOf);
  if (!page.found) notFound();

  const { classifications, history: view } = page;
  const { snapshot } = classifications;
  const { state, ignored } = parseOverviewParams(
    params,
    snapshot.macroCategories.map((macro) => macro.key),
  );
  const { comparison, fellBack } = chooseComparison(view.comparisons, history.vs);
  const changes = comparison && view.changes(comparison.key);
  const shownHistory = { ...history, vs: comparison?.key ?? history.vs };
  const tags = sortTags(filterTags(snapshot.tags, state.macro), state.sort);
  const filterLabel = snapshot.macroCategories.find((macro) => macro.key === state.macro)?.label;
  const hasHistory = view.dates.length > 1;

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      pinned={page.pinned}
    >
      <h1 className="sr-only">OpenRouter traffic by task classification</h1>
      <ViewNotices
        ignored={[...ignored, ...historyParams.ignored]}
        unavailableComparison={fellBack ? history.vs : undefined}
        asOf={snapshot.asOf}
      />
      <HistoryBar
        asOf={snapshot.asOf}
        storedDates={page.storedDates}
        pinned={page.pinned}
        comparisons={view.comparisons}
        history={shownHistory}
        hrefFor={(next) => overviewHref(state, next)}
        actions={
          <ExportLinks
            links={[
              {
                href: `/api/classifications?as_of=${snapshot.asOf}`,
                label: `Download JSON (${snapshot.asOf})`,
              },
            ]}
          />
        }
      />
      {changes && (
        <p className="-mt-4 text-sm text-muted-foreground" data-testid="comparison">
          Changes in percentage points (pp) {describeComparison(changes.comparison)}.
        </p>
      )}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <MacroDonutCard
          metric="usage"
          macroCategories={snapshot.macroCategories}
          changes={changes?.macroCategories}
        />
        <MacroDonutCard
          metric="tokens"
          macroCategories={snapshot.macroCategories}
          changes={changes?.macroCategories}
        />
      </div>
      <MacroTrendCard series={view.macroSeries()} dates={view.dates} />
      <TagBarsCard
        tags={tags}
        macroCategories={snapshot.macroCategories}
        sort={state.sort}
        filterLabel={filterLabel}
        tableId="tag-table"
        changes={changes?.tags}
        controls={
          <TagControls
            state={state}
            history={shownHistory}
            macroCategories={snapshot.macroCategories}
          />
        }
      >
        <TagTable
          id="tag-table"
          tags={tags}
          macroCategories={snapshot.macroCategories}
          state={state}
          history={shownHistory}
          changes={changes?.tags}
          series={hasHistory ? view.allTagSeries() : undefined}
        />
        {changes && (
          <DroppedNote
            dropped={changes.tags.dropped.filter(
              (item) =>
                !state.macro ||
                changes.base.tags.find((tag) => tag.tag === item.key)?.macroCategory ===
                  state.macro,
            )}
            baseAsOf={changes.comparison.baseAsOf}
            noun="task"
          />
        )}
        {!hasHistory && (
          <NoHistoryNote
            firstDate={snapshot.asOf}
            then="Changes since earlier days and trends per task appear here once a second day is stored."
          />
        )}
      </TagBarsCard>
    </PageShell>
  );
}
