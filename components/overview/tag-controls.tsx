import { Segment, SegmentLabel } from "@/components/ui/segment";
import { macroColours } from "@/lib/macro-categories";
import type { MacroCategory } from "@/lib/openrouter/types";
import type { HistoryParams } from "@/lib/history-params";
import { overviewHref, type OverviewState } from "@/lib/overview-params";
import { TAG_SORT_LABELS, TAG_SORTS } from "@/lib/tags";

// Plain links, not client state: they work without JavaScript, by keyboard (Tab, Enter), put
// every view in the URL, and the back button walks through the changes.

type TagControlsProps = {
  state: OverviewState;
  history: HistoryParams;
  macroCategories: MacroCategory[];
};

export function TagControls({ state, history, macroCategories }: TagControlsProps) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  return (
    <div className="flex flex-col gap-3 text-sm lg:flex-row lg:items-center lg:justify-between">
      <nav aria-label="Filter tasks by macro-category">
        <SegmentLabel>Show</SegmentLabel>
        <ul className="flex flex-wrap gap-1.5">
          <li>
            <Segment
              href={overviewHref({ ...state, macro: undefined }, history)}
              active={!state.macro}
            >
              All
            </Segment>
          </li>
          {macroCategories.map((macro) => (
            <li key={macro.key}>
              <Segment
                href={overviewHref({ ...state, macro: macro.key }, history)}
                active={state.macro === macro.key}
              >
                <span
                  aria-hidden
                  className="size-2.5 rounded-sm"
                  style={{ backgroundColor: colourOf(macro.key) }}
                />
                {macro.label}
              </Segment>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Sort tasks">
        <SegmentLabel>Sort by</SegmentLabel>
        <ul className="flex flex-wrap gap-1.5">
          {TAG_SORTS.map((sort) => (
            <li key={sort}>
              <Segment
                href={overviewHref({ ...state, sort }, history)}
                active={state.sort === sort}
              >
                {TAG_SORT_LABELS[sort]}
              </Segment>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
