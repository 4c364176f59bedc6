import { Table, TableCell, TableHead, TableRow, TableRowHeader } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { formatPercent } from "@/lib/format";
import type { ModelUsageIndex, ProviderSplit, Shares } from "@/lib/derive/model-usage";
import { providerLabel } from "@/lib/derive/models";
import type { DataSource, TagShare, TaskDay } from "@/lib/model";
import { OTHER_MODELS_LABEL, type ProviderPalette } from "@/lib/derive/provider-series";
import { tagHref } from "@/lib/derive/tags";
import { pinnedDay } from "@/lib/url-state/pinned-day";
import { SHARE_METRIC_NOUNS, shareOf, type ShareMetric } from "@/lib/derive/share-metric";

import { ProviderChartCard } from "./provider-chart-card";
import { ProviderName } from "./provider-name";
import { scopeChart } from "./scope-chart";

type TagProviderCardProps = {
  tags: TagShare[];
  snapshot: TaskDay;
  usage: ModelUsageIndex;
  palette: ProviderPalette;
  metric: ShareMetric;
  /** The view this card is part of, drawn under exported pictures. */
  permalink: string;
  /** Where the day's figures came from: every exported file's citation says it. */
  source: DataSource;
};

const EMPTY_SPLIT: ProviderSplit = { providers: [], otherModels: { usageShare: 1, tokenShare: 1 } };

/** For every tag: its requests (or tokens) by provider, as stacked bars and a table. */
export function TagProviderCard({
  tags,
  snapshot,
  usage,
  palette,
  metric,
  permalink,
  source,
}: TagProviderCardProps) {
  const noun = SHARE_METRIC_NOUNS[metric];
  const share = (item: Shares) => shareOf(item, metric);
  const splits = tags.map((tag) => ({ tag, split: usage.byTag.get(tag.tag) ?? EMPTY_SPLIT }));
  const title = `Each task's ${noun} by provider`;
  const { rows, exported } = scopeChart({
    scopes: splits.map(({ tag, split }) => ({ key: tag.tag, label: tag.displayName, split })),
    metric,
    palette,
    snapshot,
    permalink,
    source,
    what: `tasks-${noun}-by-provider`,
    title,
    subtitle: "Within each task: listed models summed by provider, then the rest",
  });
  const label = `Stacked bars of each task's ${noun} by provider, ${rows.length} tasks. The table below lists the same numbers.`;

  return (
    <ProviderChartCard
      name="tag-providers"
      title={title}
      titleId="tag-providers-title"
      description="Within each task: a provider's listed models summed, then the models outside the top list. These are the upstream's own within-task shares, added up."
      exported={exported}
      figure={{ label, testId: "tag-provider-bars", rows, series: palette.series }}
    >
      <Table
        id="tag-providers-table"
        bleed
        className="sm:min-w-[36rem]"
        hidesColumns
        data-testid="tag-providers-table"
        terms={["task", "leadingProvider", "providerSplit"]}
        caption={
          <>
            Each task&rsquo;s {noun} by provider, {rows.length} rows
          </>
        }
        header={
          <tr>
            <TableHead term="task" table="tag-providers-table" />
            <TableHead secondary term="leadingProvider" table="tag-providers-table" />
            <TableHead term="providerSplit" table="tag-providers-table">
              Split of the task&rsquo;s {noun}
            </TableHead>
          </tr>
        }
      >
        {splits.map(({ tag, split }) => {
          const ranked = [...split.providers].sort((a, b) => share(b) - share(a));
          const [leader] = ranked;
          return (
            <TableRow key={tag.tag} className="align-top" data-tag={tag.tag}>
              <TableRowHeader className="max-w-48">
                <TextLink
                  href={tagHref(tag.tag, { asOf: pinnedDay() })}
                  className="block truncate font-medium"
                >
                  {tag.displayName}
                </TextLink>
              </TableRowHeader>
              <TableCell secondary className="max-w-44">
                {leader ? (
                  <span className="flex flex-wrap items-center gap-x-2">
                    <ProviderName
                      provider={leader.provider}
                      colour={palette.seriesOf(leader.provider).colour}
                    />
                    <span>{formatPercent(share(leader))}</span>
                  </span>
                ) : (
                  <span className="text-muted-foreground">no models listed</span>
                )}
              </TableCell>
              <TableCell>
                <ul className="flex flex-wrap gap-x-3 gap-y-0.5" data-testid="split-list">
                  {ranked.map((item) => (
                    <li key={item.provider} className="break-all">
                      {providerLabel(item.provider)} {formatPercent(share(item))}
                    </li>
                  ))}
                  {share(split.otherModels) > 0 && (
                    <li className="text-muted-foreground italic">
                      {OTHER_MODELS_LABEL.toLowerCase()} {formatPercent(share(split.otherModels))}
                    </li>
                  )}
                </ul>
              </TableCell>
            </TableRow>
          );
        })}
      </Table>
    </ProviderChartCard>
  );
}
