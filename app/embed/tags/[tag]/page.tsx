import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmbedShell } from "@/components/embed/embed-shell";
import { TagView } from "@/components/tags/tag-view";
import { getClassifications } from "@/lib/openrouter";
import { parseTagParams } from "@/lib/tag-params";
import { findTagBySegment, tagHref } from "@/lib/tags";
import type { SearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

type TagEmbedProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: TagEmbedProps): Promise<Metadata> {
  const { snapshot } = await getClassifications();
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  return { title: tag ? `${tag.displayName} (embed)` : "Task not found" };
}

export default async function TagEmbed({ params, searchParams }: TagEmbedProps) {
  const classifications = await getClassifications();
  const { snapshot } = classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const { state, ignored } = parseTagParams(await searchParams);
  return (
    <EmbedShell classifications={classifications} fullViewHref={tagHref(tag.tag, state)}>
      <TagView tag={tag} snapshot={snapshot} view={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
