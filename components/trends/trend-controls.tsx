import { segmentChoices, SegmentNav } from "@/components/ui/segmented-links";

import { TREND_MEASURE, type TrendMeasure } from "@/lib/derive/trends/measure";
import { VERSION_MODE, type VersionMode } from "@/lib/derive/versions";

import { RangeForm } from "./range-form";

export type ControlGroup = React.ComponentProps<typeof SegmentNav>;

type TrendControlsProps = {
  groups: ControlGroup[];
  range: React.ComponentProps<typeof RangeForm>;
};

/** A trends view's settings: each a row of links (the URL holds the view), then the date range. */
export function TrendControls({ groups, range }: TrendControlsProps) {
  return (
    <div className="flex flex-col gap-3 text-sm lg:flex-row lg:flex-wrap lg:items-start lg:gap-x-8 print:hidden">
      {groups.map((group) => (
        <SegmentNav key={group.name} {...group} />
      ))}
      <RangeForm {...range} />
    </div>
  );
}

/** The settings a form must keep when it changes only the range: the link's query but from/to. */
export function keptSettings(href: string): Record<string, string> {
  const params = new URL(href, "http://task-share.invalid").searchParams;
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
