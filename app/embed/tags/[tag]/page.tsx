import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmbedShell } from "@/components/embed/embed-shell";
import { TagView } from "@/components/tags/tag-view";
import type { SearchParams } from "@/lib/url-state/search-params";
import { getShownSnapshot } from "@/lib/data/shown-snapshot";
import { parseTagParams } from "@/lib/url-state/tag-params";
import { findTagBySegment, tagHref } from "@/lib/derive/tags";

export const dynamic = "force-dynamic";

type TagEmbedProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: TagEmbedProps): Promise<Metadata> {
  const { snapshot } = (await getShownSnapshot(await searchParams)).classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  return { title: tag ? `${tag.displayName} (embed)` : "Task not found" };
}

export default async function TagEmbed({ params, searchParams }: TagEmbedProps) {
  const query = await searchParams;
  const page = await getShownSnapshot(query);
  const tag = findTagBySegment(page.classifications.snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const { state, ignored } = parseTagParams(query);
  return (
    <EmbedShell classifications={page.classifications} fullViewHref={tagHref(tag.tag, state)}>
      <TagView tag={tag} page={page} view={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
