import Link from "next/link";

import { MacroBadge } from "@/components/ui/macro-badge";
import { STICKY_COLUMN } from "@/components/ui/sticky-column";
import { TABLE_HEADER } from "@/components/ui/table-header";
import { formatPercent } from "@/lib/format";
import type { ModelUsage } from "@/lib/derive/model-usage";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";

type ModelTagsTableProps = {
  id: string;
  model: ModelUsage;
  macroLabel: (key: string) => string;
  macroColour: (key: string) => string;
};

const MIX_UNKNOWN = "–";

/** Every tag listing the model: its place and shares there, and what that adds up to overall. */
export function ModelTagsTable({ id, model, macroLabel, macroColour }: ModelTagsTableProps) {
  const mix = (value: number | null) => (value === null ? MIX_UNKNOWN : formatPercent(value));
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table
        id={id}
        className="w-full min-w-[46rem] border-collapse text-sm tabular-nums"
        data-testid={id}
      >
        <caption className="sr-only">
          Tasks whose top list names {model.id}: its rank and shares within each task, its
          contribution to all classified traffic, and its task mix
        </caption>
        <thead className={TABLE_HEADER}>
          <tr>
            <td className={`px-2 pt-2 ${STICKY_COLUMN}`} />
            <th
              scope="colgroup"
              colSpan={3}
              className="border-b border-border px-2 pt-2 pb-1 text-center font-medium"
            >
              In the task
            </th>
            <th
              scope="colgroup"
              colSpan={2}
              className="border-b border-border px-2 pt-2 pb-1 text-center font-medium"
            >
              <abbr
                title="Share in the task × the task's share of all classified traffic"
                className="no-underline"
              >
                Of all classified
              </abbr>
            </th>
            <th
              scope="colgroup"
              colSpan={2}
              className="border-b border-border px-2 pt-2 pb-1 text-center font-medium"
            >
              <abbr
                title="Its contribution through the task as a share of its estimated total"
                className="no-underline"
              >
                Task mix
              </abbr>
            </th>
          </tr>
          <tr className="border-b border-border text-left">
            <th scope="col" className={`px-2 py-2 font-medium ${STICKY_COLUMN}`}>
              Task
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Rank
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Requests
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tokens
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Requests
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tokens
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Requests
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Tokens
            </th>
          </tr>
        </thead>
        <tbody>
          {model.tags.map((item) => (
            <tr
              key={`${item.tag}#${item.rank}`}
              className="border-b border-border last:border-0"
              data-tag={item.tag}
            >
              <th
                scope="row"
                className={`max-w-60 px-2 py-2 text-left font-normal max-sm:max-w-36 ${STICKY_COLUMN}`}
              >
                <Link
                  href={tagHref(item.tag, { asOf: pinnedDay() })}
                  className="block truncate rounded font-medium text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {item.displayName}
                </Link>
                <span className="block truncate text-xs text-muted-foreground">
                  <MacroBadge
                    label={macroLabel(item.macroCategory)}
                    colour={macroColour(item.macroCategory)}
                  />
                </span>
              </th>
              <td className="px-2 py-2 text-right whitespace-nowrap">
                #{item.rank} <span className="text-muted-foreground">of {item.listedCount}</span>
              </td>
              <td className="px-2 py-2 text-right">{formatPercent(item.usageShare)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(item.tokenShare)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(item.usageContribution)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(item.tokenContribution)}</td>
              <td className="px-2 py-2 text-right">{mix(item.usageMix)}</td>
              <td className="px-2 py-2 text-right">{mix(item.tokenMix)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
