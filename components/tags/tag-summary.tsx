import { ShareDelta } from "@/components/history/share-delta";
import { MacroBadge } from "@/components/ui/macro-badge";
import { Stat } from "@/components/ui/stat";
import { formatPercent, formatRank, formatRatio } from "@/lib/format";
import type { ShareChange } from "@/lib/derive/changes";
import { macroColours } from "@/lib/derive/macro-categories";
import { describeTask } from "@/lib/glossary/tasks";
import type { TaskDay, TagShare } from "@/lib/model";
import type { ShareMetric } from "@/lib/derive/share-metric";

type TagSummaryProps = {
  tag: TagShare;
  /** The tag's macro-category, as upstream names it. */
  macroLabel: string;
  snapshot: TaskDay;
  /** The tag's change since the comparison snapshot, and that snapshot's date. */
  change: { value: ShareChange | undefined; baseAsOf: string } | undefined;
};

/** The tag's own shares and where it stands overall and within its macro-category. */
export function TagSummary({ tag, macroLabel, snapshot, change }: TagSummaryProps) {
  const colour = macroColours(snapshot.macroCategories.map((item) => item.key))(tag.macroCategory);
  const tagsInMacro = snapshot.tags.filter(
    (item) => item.macroCategory === tag.macroCategory,
  ).length;
  const description = describeTask(tag.tag, tag.displayName);

  return (
    <section aria-labelledby="tag-title" className="flex flex-col gap-5">
      <div>
        <h1 id="tag-title" className="text-2xl font-semibold tracking-tight break-words">
          {tag.displayName}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
          <code className="font-mono break-all">{tag.tag}</code>
          <MacroBadge label={macroLabel} colour={colour} />
        </p>
        <p
          className={`mt-2 max-w-prose text-sm ${description.curated ? "" : "text-muted-foreground italic"}`}
          data-testid="task-description"
          data-curated={description.curated}
        >
          {description.text}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 tabular-nums lg:grid-cols-4" data-testid="tag-stats">
        <Stat
          term="usageShare"
          value={formatPercent(tag.usageShare)}
          note={`${formatRank(tag.usageRank, snapshot.tags.length)} tasks by requests`}
          change={change && <StatChange change={change} metric="usage" />}
        />
        <Stat
          term="tokenShare"
          value={formatPercent(tag.tokenShare)}
          note="of classified tokens"
          change={change && <StatChange change={change} metric="tokens" />}
        />
        <Stat
          label="Token intensity"
          term="tokenIntensity"
          value={formatRatio(tag.tokenIntensity)}
          note="token share ÷ usage share"
        />
        <Stat
          label={`Within ${macroLabel}`}
          term="categoryUsageShare"
          value={formatPercent(tag.categoryUsageShare)}
          note={`of ${macroLabel} requests, ${formatPercent(tag.categoryTokenShare)} of its tokens · ${formatRank(tag.categoryUsageRank, tagsInMacro)}`}
        />
      </dl>
    </section>
  );
}

function StatChange({
  change,
  metric,
}: {
  change: NonNullable<TagSummaryProps["change"]>;
  metric: ShareMetric;
}) {
  return (
    <dd
      className="mt-1 flex flex-wrap items-center gap-x-1.5 text-xs"
      data-testid={`stat-change-${metric}`}
    >
      <ShareDelta change={change.value} metric={metric} />{" "}
      <span className="text-muted-foreground">since {change.baseAsOf}</span>
    </dd>
  );
}
