import { Segment, SegmentLabel } from "@/components/ui/segmented-links";

import { VERSION_MODES, type VersionMode } from "@/lib/derive/versions";

import { RangeForm } from "./range-form";

const VERSION_LABELS: Record<VersionMode, string> = {
  dated: "Each version",
  merged: "Versions merged",
};

export type ControlGroup = {
  label: string;
  /** The navigation's name for screen readers. */
  name: string;
  choices: { label: string; href: string; active: boolean }[];
};

type TrendControlsProps = {
  groups: ControlGroup[];
  range: React.ComponentProps<typeof RangeForm>;
};

/** A trends view's settings: each a row of links (the URL holds the view), then the date range. */
export function TrendControls({ groups, range }: TrendControlsProps) {
  return (
    <div className="flex flex-col gap-3 text-sm lg:flex-row lg:flex-wrap lg:items-start lg:gap-x-8 print:hidden">
      {groups.map((group) => (
        <nav key={group.name} aria-label={group.name}>
          <SegmentLabel>{group.label}</SegmentLabel>
          <ul className="flex flex-wrap gap-1.5">
            {group.choices.map((choice) => (
              <li key={choice.label}>
                <Segment href={choice.href} active={choice.active}>
                  {choice.label}
                </Segment>
              </li>
            ))}
          </ul>
        </nav>
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
    choices: VERSION_MODES.map((versions) => ({
      label: VERSION_LABELS[versions],
      href: href(versions),
      active: active === versions,
    })),
  };
}
