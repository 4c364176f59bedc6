import Link from "next/link";

import { ShareDelta } from "@/components/history/share-delta";
import { Sparkline } from "@/components/history/sparkline";
import { formatPercent, formatRatio } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import type { SharePoint } from "@/lib/derive/series";
import { macroColours } from "@/lib/derive/macro-categories";
import type { MacroCategory, TagShare } from "@/lib/openrouter/types";
import { overviewHref, type OverviewState } from "@/lib/url-state/overview-params";
import { tagHref, type TagSort } from "@/lib/derive/tags";
import { sharedView } from "@/lib/url-state/view-params";

import { MacroBadge } from "@/components/ui/macro-badge";
import { SortHeader } from "@/components/ui/sort-header";
import { STICKY_COLUMN } from "@/components/ui/sticky-column";
import { TABLE_HEADER_ROW } from "@/components/ui/table-header";
import type { ShareMetric } from "@/lib/derive/share-metric";

type TagTableProps = {
  id: string;
  tags: TagShare[];
  macroCategories: MacroCategory[];
  state: OverviewState;
  /** In an embed, sorting stays in the frame and drill-downs open the full app in a new tab. */
  embed?: boolean;
  /** Changes since the comparison snapshot: adds a change column after each share. */
  changes: Changes | undefined;
  /** Each tag's daily series: adds a trend column (only once there is history to draw). */
  series: Map<string, SharePoint[]> | undefined;
};

/** The numbers behind the bar chart, as server-rendered HTML that reads without JavaScript. */
export function TagTable({
  id,
  tags,
  macroCategories,
  state,
  embed = false,
  changes,
  series,
}: TagTableProps) {
  const colourOf = macroColours(macroCategories.map((macro) => macro.key));
  const labels = new Map(macroCategories.map((macro) => [macro.key, macro.label]));
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table
        id={id}
        className="w-full min-w-[40rem] border-collapse text-sm tabular-nums"
        data-testid="tag-table"
      >
        <caption className="sr-only">
          Share of classified requests and tokens for each task, {tags.length} rows
          {changes && `, with changes in percentage points since ${changes.baseAsOf}`}
        </caption>
        <thead>
          <tr className={TABLE_HEADER_ROW}>
            <TagSortHeader
              sort="name"
              state={state}
              embed={embed}
              align="left"
              className={STICKY_COLUMN}
            >
              Task
            </TagSortHeader>
            <th scope="col" className="px-2 py-2 font-medium">
              Category
            </th>
            <TagSortHeader sort="usage" state={state} embed={embed}>
              Usage
            </TagSortHeader>
            {changes && <ChangeHeader metric="usage" baseAsOf={changes.baseAsOf} />}
            <TagSortHeader sort="tokens" state={state} embed={embed}>
              Tokens
            </TagSortHeader>
            {changes && <ChangeHeader metric="tokens" baseAsOf={changes.baseAsOf} />}
            <TagSortHeader sort="intensity" state={state} embed={embed}>
              Intensity
            </TagSortHeader>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              <abbr title="Share of its macro-category's requests" className="no-underline">
                In category: usage
              </abbr>
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              <abbr title="Share of its macro-category's tokens" className="no-underline">
                In category: tokens
              </abbr>
            </th>
            {series && (
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Usage trend
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr
              key={tag.tag}
              className="border-b border-border last:border-0 hover:bg-muted/60"
              data-tag={tag.tag}
            >
              <th
                scope="row"
                className={`max-w-64 px-2 py-2 text-left font-normal max-sm:max-w-40 ${STICKY_COLUMN}`}
              >
                <Link
                  href={tagHref(tag.tag, sharedView(state))}
                  target={embed ? "_blank" : undefined}
                  className="block truncate rounded font-medium text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {tag.displayName}
                </Link>
                <span className="block truncate font-mono text-xs text-muted-foreground">
                  {tag.tag}
                </span>
              </th>
              <td className="px-2 py-2">
                <MacroBadge
                  label={labels.get(tag.macroCategory) ?? tag.macroCategory}
                  colour={colourOf(tag.macroCategory)}
                />
              </td>
              <td className="px-2 py-2 text-right">{formatPercent(tag.usageShare)}</td>
              {changes && (
                <td className="px-2 py-2 text-right text-xs" data-change="usage">
                  <ShareDelta change={changes.byKey.get(tag.tag)} metric="usage" />
                </td>
              )}
              <td className="px-2 py-2 text-right">{formatPercent(tag.tokenShare)}</td>
              {changes && (
                <td className="px-2 py-2 text-right text-xs" data-change="tokens">
                  <ShareDelta change={changes.byKey.get(tag.tag)} metric="tokens" />
                </td>
              )}
              <td className="px-2 py-2 text-right">{formatRatio(tag.tokenIntensity)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(tag.categoryUsageShare)}</td>
              <td className="px-2 py-2 text-right">{formatPercent(tag.categoryTokenShare)}</td>
              {series && (
                <td className="px-2 py-2 text-right">
                  <span className="inline-flex">
                    <Sparkline series={series.get(tag.tag) ?? []} name={tag.displayName} />
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeHeader({ metric, baseAsOf }: { metric: ShareMetric; baseAsOf: string }) {
  const noun = metric === "usage" ? "usage" : "token";
  return (
    <th scope="col" className="px-2 py-2 text-right font-medium">
      <abbr
        title={`Change in ${noun} share since ${baseAsOf}, in percentage points`}
        className="no-underline"
      >
        Δ {metric === "usage" ? "Usage" : "Tokens"}
      </abbr>
    </th>
  );
}

function TagSortHeader({
  sort,
  state,
  embed,
  align,
  className,
  children,
}: {
  sort: TagSort;
  state: OverviewState;
  embed: boolean;
  align?: "left" | "right";
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <SortHeader
      href={overviewHref({ ...state, sort }, embed ? "/embed" : "/")}
      active={state.sort === sort}
      direction={sort === "name" ? "ascending" : "descending"}
      align={align}
      className={className}
    >
      {children}
    </SortHeader>
  );
}
