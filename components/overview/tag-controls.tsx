import { MetricControl } from "@/components/charts/metric-control";
import { segmentChoices, SegmentNav } from "@/components/ui/segmented-links";
import { Swatch } from "@/components/ui/swatch";
import { macroColours } from "@/lib/derive/macro-categories";
import type { MacroCategory } from "@/lib/model";
import { overviewHref, type OverviewState } from "@/lib/url-state/overview-params";
import { TAG_SORT } from "@/lib/derive/tags";

type TagControlsProps = {
  state: OverviewState;
  macroCategories: MacroCategory[];
};

export function TagControls({ state, macroCategories }: TagControlsProps) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  return (
    <div className="flex flex-col gap-3 text-sm lg:flex-row lg:flex-wrap lg:items-start lg:justify-between print:hidden">
      <SegmentNav
        name="Filter tasks by macro-category"
        label="Show"
        choices={[
          { label: "All", href: overviewHref({ ...state, macro: null }), active: !state.macro },
          ...macroCategories.map((macro) => ({
            label: macro.label,
            href: overviewHref({ ...state, macro: macro.key }),
            active: state.macro === macro.key,
            children: (
              <>
                <Swatch colour={colourOf(macro.key)} />
                {macro.label}
              </>
            ),
          })),
        ]}
      />
      <SegmentNav
        name="Sort tasks"
        label="Sort by"
        choices={segmentChoices(TAG_SORT, state.sort, (sort) => overviewHref({ ...state, sort }))}
      />
      <MetricControl
        active={state.metric}
        hrefFor={(metric) => overviewHref({ ...state, metric })}
      />
    </div>
  );
}
