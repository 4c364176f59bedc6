import { FilterSelect } from "@/components/ui/filter-select";
import { SegmentLabel } from "@/components/ui/segmented-links";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  APP_CATEGORIES,
  APP_SCOPE_LABELS,
  APP_SUBCATEGORY_NAMES,
  type AppScope,
} from "@/lib/model";
import type { AppsUrlState } from "@/lib/url-state/apps-params";

import { windowLabel } from "./window-label";

const scopeChoice = (scope: AppScope) => ({ value: scope, label: APP_SCOPE_LABELS[scope] });

/**
 * Window, group and order as a plain GET form: works without JavaScript and lands on a
 * permalink. The defaults submit empty values, which the page reads as no choice.
 */
export function AppsFilters({ state, windows }: { state: AppsUrlState; windows: string[] }) {
  const rolling = windows.filter((window) => window.endsWith("d"));
  const months = windows.filter((window) => !window.endsWith("d"));
  return (
    <form action="/apps" method="get" aria-label="Choose the apps shown" className="flex flex-col">
      <SegmentLabel>Show</SegmentLabel>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {state.theme && <input type="hidden" name="theme" value={state.theme} />}
        <FilterSelect
          label="Window"
          name="window"
          value={state.window === "30d" ? null : state.window}
          all={windowLabel("30d")}
          choices={rolling
            .filter((window) => window !== "30d")
            .map((window) => ({
              value: window,
              label: windowLabel(window),
            }))}
          groups={[
            {
              label: "Calendar months",
              choices: months.map((month) => ({ value: month, label: windowLabel(month) })),
            },
          ]}
        />
        <FilterSelect
          label="Apps"
          name="scope"
          value={state.scope === "all" ? null : state.scope}
          all={APP_SCOPE_LABELS.all}
          choices={[]}
          groups={[
            { label: "Groups", choices: APP_CATEGORIES.map(scopeChoice) },
            { label: "Subcategories", choices: APP_SUBCATEGORY_NAMES.map(scopeChoice) },
          ]}
        />
        <FilterSelect
          label="Order"
          name="sort"
          value={state.sort === "popular" ? null : state.sort}
          all="Popular: most tokens"
          choices={[{ value: "trending", label: "Trending: most growth" }]}
        />
        <SubmitButton>Show</SubmitButton>
      </div>
    </form>
  );
}
