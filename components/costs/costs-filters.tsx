import { SegmentLabel } from "@/components/ui/segmented-links";
import { TURN_RANGE_LABELS, TURN_RANGES } from "@/lib/model";
import type { CostsState } from "@/lib/url-state/costs-params";

type Choice = { slug: string; name: string };

const FIELD =
  "min-h-9 max-w-full rounded-md border border-border bg-card px-2 py-1 focus-visible:outline-2 focus-visible:outline-accent";

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
  harnesses: Choice[];
  models: Choice[];
}) {
  return (
    <form action="/costs" method="get" aria-label="Filter the costs" className="flex flex-col">
      <SegmentLabel>Filter</SegmentLabel>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {state.sort !== "harness" && <input type="hidden" name="sort" value={state.sort} />}
        {state.theme && <input type="hidden" name="theme" value={state.theme} />}
        <label className="flex max-w-full flex-col gap-1">
          <span>Harness</span>
          <select name="harness" defaultValue={state.harness ?? ""} className={FIELD}>
            <option value="">All harnesses</option>
            {harnesses.map((harness) => (
              <option key={harness.slug} value={harness.slug}>
                {harness.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex max-w-full flex-col gap-1">
          <span>Model</span>
          <select name="model" defaultValue={state.model ?? ""} className={FIELD}>
            <option value="">All models</option>
            {models.map((model) => (
              <option key={model.slug} value={model.slug}>
                {model.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex max-w-full flex-col gap-1">
          <span>Turns</span>
          <select name="turns" defaultValue={state.turns ?? ""} className={FIELD}>
            <option value="">Every turn range</option>
            {TURN_RANGES.map((turns) => (
              <option key={turns} value={turns}>
                {TURN_RANGE_LABELS[turns]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-9 rounded-md border border-border bg-card px-3 py-1 font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-accent"
        >
          Show
        </button>
      </div>
    </form>
  );
}
