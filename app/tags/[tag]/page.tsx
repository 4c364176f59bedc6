import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ExportLinks } from "@/components/history/export-links";
import { HistoryBar } from "@/components/history/history-bar";
import { TagTrendCard } from "@/components/history/tag-trend-card";
import { PageShell } from "@/components/site/page-shell";
import { ViewNotices } from "@/components/site/view-notices";
import { ModelsCard } from "@/components/tags/models-card";
import { TagSummary } from "@/components/tags/tag-summary";
import { formatPercent } from "@/lib/format";
import { getSnapshotPage } from "@/lib/history";
import { compareModels } from "@/lib/history/changes";
import { chooseComparison, describeComparison } from "@/lib/history/comparisons";
import { parseHistoryParams } from "@/lib/history-params";
import { getRevalidateSeconds } from "@/lib/openrouter";
import type { SearchParams } from "@/lib/overview-params";
import { findTagBySegment, tagHref } from "@/lib/tags";

export const dynamic = "force-dynamic";

type TagPageProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: TagPageProps): Promise<Metadata> {
  const page = await getSnapshotPage(parseHistoryParams(await searchParams).state.asOf);
  if (!page.found) return { title: "Snapshot not found" };
  const { snapshot } = page.classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) return { title: "Task not found" };
  return {
    title: page.pinned ? `${tag.displayName} on ${snapshot.asOf}` : tag.displayName,
    description: `${tag.displayName}: ${formatPercent(tag.usageShare)} of classified OpenRouter requests and ${formatPercent(tag.tokenShare)} of tokens, ${snapshot.windowDays} days to ${snapshot.asOf}, with its top models.`,
  };
}

export default async function TagPage({ params, searchParams }: TagPageProps) {
  const historyParams = parseHistoryParams(await searchParams);
  const history = historyParams.state;
  const page = await getSnapshotPage(history.asOf);
  if (!page.found) notFound();

  const { classifications, history: view } = page;
  const { snapshot } = classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();

  const { comparison, fellBack } = chooseComparison(view.comparisons, history.vs);
  const changes = comparison && view.changes(comparison.key);
  const baseTag = changes?.base.tags.find((item) => item.tag === tag.tag);
  const modelChanges = changes && compareModels(tag, baseTag, changes.comparison.baseAsOf);
  const shownHistory = { ...history, vs: comparison?.key ?? history.vs };
  const exportQuery = new URLSearchParams({ tag: tag.tag, as_of: snapshot.asOf });

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      pinned={page.pinned}
    >
      <ViewNotices
        ignored={historyParams.ignored}
        unavailableComparison={fellBack ? history.vs : undefined}
        asOf={snapshot.asOf}
      />
      <HistoryBar
        asOf={snapshot.asOf}
        storedDates={page.storedDates}
        pinned={page.pinned}
        comparisons={view.comparisons}
        history={shownHistory}
        hrefFor={(next) => tagHref(tag.tag, next)}
      />
      <TagSummary
        tag={tag}
        snapshot={snapshot}
        history={shownHistory}
        change={
          changes && {
            value: changes.tags.byKey.get(tag.tag),
            baseAsOf: changes.comparison.baseAsOf,
          }
        }
      />
      {changes && (
        <p className="-mt-4 text-sm text-muted-foreground" data-testid="comparison">
          Changes in percentage points (pp) {describeComparison(changes.comparison)}.
        </p>
      )}
      <TagTrendCard
        series={view.tagSeries(tag.tag)}
        name={tag.displayName}
        exportLinks={
          <ExportLinks
            links={[
              { href: `/api/history?${exportQuery}&format=csv`, label: "Download CSV" },
              { href: `/api/history?${exportQuery}`, label: "JSON" },
            ]}
          />
        }
      />
      <ModelsCard tag={tag} macroCategories={snapshot.macroCategories} changes={modelChanges} />
    </PageShell>
  );
}
