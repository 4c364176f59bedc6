import { SegmentLabel } from "@/components/ui/segmented-links";
import { FilterSelect } from "@/components/ui/filter-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TURN_RANGE_LABELS, TURN_RANGES } from "@/lib/model";
import type { CostsState } from "@/lib/url-state/costs-params";

/**
 * Harness, model and turn-range filters as a plain GET form: works without JavaScript and lands
 * on a permalink. "All" submits an empty value, which the page reads as no filter.
 */
export function CostsFilters({
  state,
  harnesses,
  models,
}: {
  state: CostsState;
  harnesses: { slug: string; name: string }[];
  models: { slug: string; name: string }[];
}) {
  const choices = (list: { slug: string; name: string }[]) =>
    list.map(({ slug, name }) => ({ value: slug, label: name }));
  const filters = [
    {
      label: "Harness",
      name: "harness",
      value: state.harness,
      all: "All harnesses",
      choices: choices(harnesses),
    },
    {
      label: "Model",
      name: "model",
      value: state.model,
      all: "All models",
      choices: choices(models),
    },
    {
      label: "Turns",
      name: "turns",
      value: state.turns,
      all: "Every turn range",
      choices: TURN_RANGES.map((turns) => ({ value: turns, label: TURN_RANGE_LABELS[turns] })),
    },
  ];
  return (
    <form action="/costs" method="get" aria-label="Filter the costs" className="flex flex-col">
      <SegmentLabel>Filter</SegmentLabel>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {state.sort !== "harness" && <input type="hidden" name="sort" value={state.sort} />}
        {state.theme && <input type="hidden" name="theme" value={state.theme} />}
        {filters.map((filter) => (
          <FilterSelect key={filter.name} {...filter} />
        ))}
        <SubmitButton>Show</SubmitButton>
      </div>
    </form>
  );
}
