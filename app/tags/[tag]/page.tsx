import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProviderSplitCard } from "@/components/providers/provider-split-card";
import { PageShell } from "@/components/site/page-shell";
import { ModelsCard } from "@/components/tags/models-card";
import { TagSummary } from "@/components/tags/tag-summary";
import { formatPercent } from "@/lib/format";
import { getClassifications, getRevalidateSeconds } from "@/lib/openrouter";
import { providerPalette } from "@/lib/provider-series";
import { findTagBySegment } from "@/lib/tags";

export const dynamic = "force-dynamic";

type TagPageProps = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const { snapshot } = await getClassifications();
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) return { title: "Task not found" };
  return {
    title: tag.displayName,
    description: `${tag.displayName}: ${formatPercent(tag.usageShare)} of classified OpenRouter requests and ${formatPercent(tag.tokenShare)} of tokens, ${snapshot.windowDays} days to ${snapshot.asOf}, with its top models.`,
  };
}

export default async function TagPage({ params }: TagPageProps) {
  const classifications = await getClassifications();
  const { snapshot, usage } = classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const split = usage.byTag.get(tag.tag);

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "overview", page: false }}
    >
      <TagSummary tag={tag} snapshot={snapshot} />
      <ModelsCard tag={tag} macroCategories={snapshot.macroCategories} />
      {split && (
        <ProviderSplitCard
          tag={tag}
          split={split}
          palette={providerPalette(usage.providers.map((item) => item.provider))}
        />
      )}
    </PageShell>
  );
}
