import { segmentChoices, SegmentNav } from "@/components/ui/segmented-links";

import { RANKINGS_FIRST_DAY } from "@/lib/model";
import { TREND_MEASURE, type TrendMeasure } from "@/lib/derive/trends/measure";
import type { DateRange, HeldDates } from "@/lib/derive/trends/range";
import { VERSION_MODE, type VersionMode } from "@/lib/derive/versions";

import { RangeForm } from "./range-form";

export type ControlGroup = React.ComponentProps<typeof SegmentNav>;

type TrendControlsProps = {
  groups: ControlGroup[];
  /** The view shown: the range form opens its page, keeping its other settings. */
  viewHref: string;
  range: DateRange;
  /** The dataset's days, for the range's hint; an end not known yet is the range's own. */
  held: HeldDates;
};

/** A trends view's settings: each a row of links (the URL holds the view), then the date range. */
export function TrendControls({ groups, viewHref, range, held }: TrendControlsProps) {
  return (
    <div className="flex flex-col gap-3 text-sm lg:flex-row lg:flex-wrap lg:items-start lg:gap-x-8 print:hidden">
      {groups.map((group) => (
        <SegmentNav key={group.name} {...group} />
      ))}
      <RangeForm
        action={new URL(viewHref, SETTINGS_BASE).pathname}
        keep={keptSettings(viewHref)}
        from={range.from}
        to={range.to}
        first={held.firstDate ?? RANKINGS_FIRST_DAY}
        last={held.lastDate ?? range.to}
      />
    </div>
  );
}

// Any origin reads a site-relative link; the links here never leave the site.
const SETTINGS_BASE = "http://task-share.invalid";

/** The settings a form must keep when it changes only the range: the link's query but from/to. */
function keptSettings(href: string): Record<string, string> {
  const params = new URL(href, SETTINGS_BASE).searchParams;
  params.delete("from");
  params.delete("to");
  return Object.fromEntries(params);
}

/** The versions setting: each dated version as ranked, or summed under the catalogue's id. */
export function versionsControl(
  active: VersionMode,
  href: (versions: VersionMode) => string,
): ControlGroup {
  return {
    label: "Versions",
    name: "Model versions",
    choices: segmentChoices(VERSION_MODE, active, href),
  };
}

/** The measure setting: each series as a share of its date's total, or its tokens. */
export function measureControl(
  active: TrendMeasure,
  href: (measure: TrendMeasure) => string,
): ControlGroup {
  return { label: "Show", name: "Measure", choices: segmentChoices(TREND_MEASURE, active, href) };
}
