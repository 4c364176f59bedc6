import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProviderSplitCard } from "@/components/providers/provider-split-card";
import { PageShell } from "@/components/site/page-shell";
import { TagView } from "@/components/tags/tag-view";
import { tagDescription } from "@/lib/headlines";
import { getClassifications, getRevalidateSeconds } from "@/lib/openrouter";
import { providerPalette } from "@/lib/provider-series";
import { previewMetadata } from "@/lib/preview-metadata";
import { parseTagParams } from "@/lib/tag-params";
import { findTagBySegment } from "@/lib/tags";
import type { SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

type TagPageProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const { snapshot } = await getClassifications();
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) return { title: "Task not found" };
  const description = tagDescription(tag, snapshot);
  return {
    title: tag.displayName,
    description,
    ...previewMetadata(`${tag.displayName} · Task Share`, description),
  };
}

export default async function TagPage({ params, searchParams }: TagPageProps) {
  const classifications = await getClassifications();
  const { snapshot, usage } = classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const { state, ignored } = parseTagParams(await searchParams);
  const split = usage.byTag.get(tag.tag);

  return (
    <PageShell
      classifications={classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "overview", page: false }}
      view={state}
    >
      <TagView tag={tag} snapshot={snapshot} view={state} ignored={ignored} />
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
