import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PageShell } from "@/components/site/page-shell";
import { ModelsCard } from "@/components/tags/models-card";
import { TagSummary } from "@/components/tags/tag-summary";
import { formatPercent } from "@/lib/format";
import { getClassifications, getRevalidateSeconds } from "@/lib/openrouter";
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
  const { snapshot } = classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();

  return (
    <PageShell classifications={classifications} pollSeconds={getRevalidateSeconds()}>
      <TagSummary tag={tag} snapshot={snapshot} />
      <ModelsCard tag={tag} macroCategories={snapshot.macroCategories} />
    </PageShell>
  );
}
