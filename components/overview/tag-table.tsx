import { ChangeCell, ChangeHeader } from "@/components/history/change-cells";
import { Sparkline } from "@/components/history/sparkline";
import { sharedSparklineScale } from "@/components/history/sparkline-scale";
import { formatPercent, formatRatio } from "@/lib/format";
import type { Changes } from "@/lib/derive/changes";
import type { SharePoint } from "@/lib/derive/series";
import { macroColours } from "@/lib/derive/macro-categories";
import type { MacroCategory, TagShare } from "@/lib/model";
import { overviewHref, type OverviewState } from "@/lib/url-state/overview-params";
import { tagHref, type TagSort } from "@/lib/derive/tags";
import { sharedView } from "@/lib/url-state/view-params";

import { MacroBadge } from "@/components/ui/macro-badge";
import { SortHeader } from "@/components/ui/sort-header";
import {
  secondaryUnlessSorted,
  Table,
  TableCell,
  TableHead,
  TableRow,
  TableRowHeader,
} from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

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
  const sortHref = (sort: TagSort) => overviewHref({ ...state, sort }, embed ? "/embed" : "/");
  // What every sortable header of this table shares.
  const sorting = { current: state.sort, hrefFor: sortHref, table: id };
  // On a phone: the task, its two shares and the column sorted by; the rest behind the switch.
  const secondary = secondaryUnlessSorted(state.sort);
  // Every row's line on one scale: the rows shown, 0 to the highest share among them.
  const scale = series && sharedSparklineScale(tags.map((tag) => series.get(tag.tag) ?? []));
  return (
    <Table
      id={id}
      bleed
      className="min-w-[40rem]"
      hidesColumns
      data-testid="tag-table"
      terms={[
        "task",
        "macroCategory",
        "usageShare",
        ...(changes ? (["usageChange"] as const) : []),
        "tokenShare",
        ...(changes ? (["tokenChange"] as const) : []),
        "tokenIntensity",
        "categoryUsageShare",
        "categoryTokenShare",
        ...(series ? (["usageTrend"] as const) : []),
      ]}
      caption={
        <>
          Share of classified requests and tokens for each task, {tags.length} rows
          {changes && `, with changes in percentage points since ${changes.baseAsOf}`}
        </>
      }
      header={
        <tr>
          <SortHeader sort="name" term="task" sticky {...sorting} />
          <TableHead secondary term="macroCategory" table={id}>
            Category
          </TableHead>
          <SortHeader sort="usage" term="usageShare" numeric {...sorting}>
            Usage
          </SortHeader>
          {changes && (
            <ChangeHeader secondary metric="usage" baseAsOf={changes.baseAsOf} table={id} />
          )}
          <SortHeader sort="tokens" term="tokenShare" numeric {...sorting}>
            Tokens
          </SortHeader>
          {changes && (
            <ChangeHeader secondary metric="tokens" baseAsOf={changes.baseAsOf} table={id} />
          )}
          <SortHeader
            sort="intensity"
            term="tokenIntensity"
            numeric
            secondary={secondary("intensity")}
            {...sorting}
          />
          <TableHead secondary numeric term="categoryUsageShare" table={id} />
          <TableHead secondary numeric term="categoryTokenShare" table={id} />
          {scale && (
            <TableHead
              secondary
              numeric
              term="usageTrend"
              table={id}
              detail={`Here: ${formatPercent(scale.low)} to ${formatPercent(scale.high)}.`}
            />
          )}
        </tr>
      }
    >
      {tags.map((tag) => (
        <TableRow key={tag.tag} hover data-tag={tag.tag}>
          <TableRowHeader sticky className="max-w-64 max-sm:max-w-40">
            <TextLink
              href={tagHref(tag.tag, sharedView(state))}
              target={embed ? "_blank" : undefined}
              className="block truncate font-medium"
            >
              {tag.displayName}
            </TextLink>
            <span className="block truncate font-mono text-xs text-muted-foreground">
              {tag.tag}
            </span>
          </TableRowHeader>
          <TableCell secondary>
            <MacroBadge
              label={labels.get(tag.macroCategory) ?? tag.macroCategory}
              colour={colourOf(tag.macroCategory)}
            />
          </TableCell>
          <TableCell numeric>{formatPercent(tag.usageShare)}</TableCell>
          {changes && <ChangeCell secondary change={changes.byKey.get(tag.tag)} metric="usage" />}
          <TableCell numeric>{formatPercent(tag.tokenShare)}</TableCell>
          {changes && <ChangeCell secondary change={changes.byKey.get(tag.tag)} metric="tokens" />}
          <TableCell numeric secondary={secondary("intensity")}>
            {formatRatio(tag.tokenIntensity)}
          </TableCell>
          <TableCell secondary numeric>
            {formatPercent(tag.categoryUsageShare)}
          </TableCell>
          <TableCell secondary numeric>
            {formatPercent(tag.categoryTokenShare)}
          </TableCell>
          {series && scale && (
            <TableCell secondary numeric>
              <span className="inline-flex">
                <Sparkline
                  series={series.get(tag.tag) ?? []}
                  name={tag.displayName}
                  scale={scale}
                />
              </span>
            </TableCell>
          )}
        </TableRow>
      ))}
    </Table>
  );
}
