import { DroppedNote } from "@/components/history/dropped-note";
import { ComparisonNote } from "@/components/history/comparison-note";
import { ExportLinks } from "@/components/history/export-links";
import { TASKS } from "@/lib/export/datasets";
import { dataPath } from "@/lib/export/snippets";
import { HistoryBar } from "@/components/history/history-bar";
import { MacroTrendCard } from "@/components/history/macro-trend-card";
import { NoHistoryNote } from "@/components/history/no-history-note";
import { ViewNotices } from "@/components/site/view-notices";
import { Card } from "@/components/ui/card";
import type { TaskDayView } from "@/lib/data";
import { changesFor } from "@/lib/derive/history-set";
import { overviewHref, type OverviewState } from "@/lib/url-state/overview-params";
import { filterTags, sortTags } from "@/lib/derive/tags";
import { SHARE_METRICS } from "@/lib/derive/share-metric";

import { MacroDonutCard } from "./macro-donut-card";
import { MacroTable } from "./macro-table";
import { TagBarsCard } from "./tag-bars-card";
import { TagControls } from "./tag-controls";
import { TagTable } from "./tag-table";

type OverviewViewProps = {
  page: TaskDayView;
  state: OverviewState;
  ignored: string[];
  /** Embedded: no view controls (the URL fixes the view), links leave the frame. */
  embed?: boolean;
};

/** The overview's content, shared by the page and its embeddable twin. */
export function OverviewView({ page, state: asked, ignored, embed = false }: OverviewViewProps) {
  const { snapshot } = page.classifications;
  const { changes, shown, unavailable } = changesFor(page.history, asked.vs);
  const state = { ...asked, vs: shown };
  const tags = sortTags(filterTags(snapshot.tags, state.macro), state.sort);
  const filterLabel = snapshot.macroCategories.find((macro) => macro.key === state.macro)?.label;
  const permalink = overviewHref({ ...state, asOf: snapshot.asOf });
  // What every card draws from, and cites under its pictures.
  const cited = { snapshot, permalink, source: page.classifications.source };
  const hasHistory = page.history.dates.length > 1;
  const baseTags = changes && new Map(changes.base.tags.map((tag) => [tag.tag, tag]));

  return (
    <>
      <h1 className="sr-only">OpenRouter traffic by task classification</h1>
      <ViewNotices ignored={ignored} unavailableComparison={unavailable} asOf={snapshot.asOf} />
      {!embed && (
        <HistoryBar
          day={page}
          history={state}
          hrefFor={(history) => overviewHref({ ...state, ...history })}
          actions={
            <ExportLinks
              links={[
                {
                  href: `/api/classifications?as_of=${snapshot.asOf}`,
                  label: `Download JSON (${snapshot.asOf})`,
                },
                {
                  href: dataPath(TASKS.path, { as_of: snapshot.asOf, format: "csv" }),
                  label: "Every stored day (CSV)",
                },
              ]}
            />
          }
        />
      )}
      {changes && <ComparisonNote comparison={changes.comparison} />}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        {SHARE_METRICS.map((metric) => (
          <MacroDonutCard
            key={metric}
            metric={metric}
            {...cited}
            tableId="macro-table"
            changes={changes?.macroCategories}
          />
        ))}
      </div>
      <Card
        title="Macro-categories"
        description="The numbers both donuts are drawn from"
        titleId="macro-table-title"
      >
        <MacroTable id="macro-table" macroCategories={snapshot.macroCategories} />
      </Card>
      <MacroTrendCard
        series={page.history.macroSeries()}
        olderDays={page.history.olderDays}
        permalink={cited.permalink}
        source={cited.source}
      />
      <TagBarsCard
        tags={tags}
        {...cited}
        state={state}
        filterLabel={filterLabel}
        tableId="tag-table"
        changes={changes?.tags}
        controls={
          embed ? null : <TagControls state={state} macroCategories={snapshot.macroCategories} />
        }
      >
        <TagTable
          id="tag-table"
          tags={tags}
          macroCategories={snapshot.macroCategories}
          state={state}
          embed={embed}
          changes={changes?.tags}
          series={hasHistory ? page.history.allTagSeries() : undefined}
        />
        {changes && (
          <DroppedNote
            dropped={changes.tags.dropped.filter(
              (item) => !state.macro || baseTags?.get(item.key)?.macroCategory === state.macro,
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
    </>
  );
}
