import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmbedShell } from "@/components/embed/embed-shell";
import { TagView } from "@/components/tags/tag-view";
import { getPageQuery } from "@/lib/data";
import { findTagBySegment, tagHref } from "@/lib/derive/tags";
import type { SearchParams } from "@/lib/url-state/search-params";
import { parseTagParams } from "@/lib/url-state/tag-params";

export const dynamic = "force-dynamic";

type TagEmbedProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: TagEmbedProps): Promise<Metadata> {
  const { snapshot } = (await getPageQuery(searchParams)).day.classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  return { title: tag ? `${tag.displayName} (embed)` : "Task not found" };
}

export default async function TagEmbed({ params, searchParams }: TagEmbedProps) {
  const { query, day } = await getPageQuery(searchParams);
  const tag = findTagBySegment(day.classifications.snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const { state, ignored } = parseTagParams(query);
  return (
    <EmbedShell day={day} fullViewHref={tagHref(tag.tag, state)}>
      <TagView tag={tag} page={day} view={state} ignored={ignored} embed />
    </EmbedShell>
  );
}
