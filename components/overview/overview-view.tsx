import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { Card } from "@/components/ui/card";
import type { Snapshot } from "@/lib/openrouter/types";
import { overviewHref, type OverviewState } from "@/lib/overview-params";
import { filterTags, sortTags } from "@/lib/tags";

import { MacroDonutCard } from "./macro-donut-card";
import { MacroTable } from "./macro-table";
import { TagBarsCard } from "./tag-bars-card";
import { TagControls } from "./tag-controls";
import { TagTable } from "./tag-table";

type OverviewViewProps = {
  snapshot: Snapshot;
  state: OverviewState;
  ignored: string[];
  /** Embedded: no view controls (the URL fixes the view), links leave the frame. */
  embed?: boolean;
};

/** The overview's content, shared by the page and its embeddable twin. */
export function OverviewView({ snapshot, state, ignored, embed = false }: OverviewViewProps) {
  const tags = sortTags(filterTags(snapshot.tags, state.macro), state.sort);
  const filterLabel = snapshot.macroCategories.find((macro) => macro.key === state.macro)?.label;
  const permalink = overviewHref(state);

  return (
    <>
      <h1 className="sr-only">OpenRouter traffic by task classification</h1>
      <IgnoredNotice ignored={ignored} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <MacroDonutCard
          metric="usage"
          snapshot={snapshot}
          permalink={permalink}
          tableId="macro-table"
        />
        <MacroDonutCard
          metric="tokens"
          snapshot={snapshot}
          permalink={permalink}
          tableId="macro-table"
        />
      </div>
      <Card
        title="Macro-categories"
        description="The numbers both donuts are drawn from"
        titleId="macro-table-title"
      >
        <MacroTable id="macro-table" macroCategories={snapshot.macroCategories} />
      </Card>
      <TagBarsCard
        tags={tags}
        snapshot={snapshot}
        state={state}
        filterLabel={filterLabel}
        permalink={permalink}
        tableId="tag-table"
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
        />
      </TagBarsCard>
    </>
  );
}
