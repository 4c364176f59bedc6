import Link from "next/link";

import { ProviderName } from "@/components/providers/provider-name";
import { LowerBound } from "@/components/ui/lower-bound";
import { ModelLink } from "@/components/ui/model-link";
import { SortHeader } from "@/components/ui/sort-header";
import type { ModelSort } from "@/lib/derive/model-list";
import type { ModelUsage } from "@/lib/derive/model-usage";
import { modelsHref, type ModelsState } from "@/lib/url-state/models-params";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";

import { STICKY_COLUMN } from "@/components/ui/sticky-column";
import { TABLE_HEADER_ROW } from "@/components/ui/table-header";

type ModelIndexTableProps = {
  models: ModelUsage[];
  tagTotal: number;
  state: ModelsState;
};

/** Every listed model with its estimated shares; each id links to its profile. */
export function ModelIndexTable({ models, tagTotal, state }: ModelIndexTableProps) {
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table
        className="w-full min-w-[44rem] border-collapse text-sm tabular-nums"
        data-testid="model-index"
      >
        <caption className="sr-only">
          Models in any task&rsquo;s top list with their estimated share of all classified requests
          and tokens (lower bounds), {models.length} rows
        </caption>
        <thead>
          <tr className={TABLE_HEADER_ROW}>
            <ModelSortHeader sort="name" state={state} align="left" className={STICKY_COLUMN}>
              Model
            </ModelSortHeader>
            <th scope="col" className="px-2 py-2 font-medium">
              Provider
            </th>
            <ModelSortHeader sort="tasks" state={state}>
              Tasks
            </ModelSortHeader>
            <ModelSortHeader sort="usage" state={state}>
              Est. requests
            </ModelSortHeader>
            <ModelSortHeader sort="tokens" state={state}>
              Est. tokens
            </ModelSortHeader>
            <th scope="col" className="px-2 py-2 font-medium">
              Top task
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr
              key={model.id}
              className="border-b border-border last:border-0 hover:bg-muted/60"
              data-model={model.id}
            >
              <th
                scope="row"
                className={`max-w-80 px-2 py-2 text-left font-mono text-[13px] font-normal break-words max-sm:max-w-44 ${STICKY_COLUMN}`}
              >
                <ModelLink id={model.id} />
              </th>
              <td className="max-w-40 px-2 py-2">
                <ProviderName provider={model.provider} />
              </td>
              <td
                className="px-2 py-2 text-right"
                title={`Listed in ${model.tagCount} of ${tagTotal} tasks`}
              >
                {model.tagCount}
              </td>
              <td className="px-2 py-2 text-right">
                <LowerBound value={model.estUsageShare} />
              </td>
              <td className="px-2 py-2 text-right">
                <LowerBound value={model.estTokenShare} />
              </td>
              <td className="max-w-48 px-2 py-2">
                <Link
                  href={tagHref(model.topTag.tag, { asOf: pinnedDay() })}
                  className="block truncate rounded text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {model.topTag.displayName}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ModelSortHeader({
  sort,
  state,
  align,
  className,
  children,
}: {
  sort: ModelSort;
  state: ModelsState;
  align?: "left" | "right";
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <SortHeader
      href={modelsHref({ ...state, sort })}
      active={state.sort === sort}
      direction={sort === "name" ? "ascending" : "descending"}
      align={align}
      className={className}
    >
      {children}
    </SortHeader>
  );
}
