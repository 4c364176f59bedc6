import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TAG_PREVIEW_ALT } from "@/components/og/tag-preview";
import { ProviderSplitCard } from "@/components/providers/provider-split-card";
import { PageShell } from "@/components/site/page-shell";
import { TagView } from "@/components/tags/tag-view";
import { tagDescription } from "@/lib/derive/headlines";
import { getRevalidateSeconds } from "@/lib/data/service";
import { providerPalette } from "@/lib/derive/provider-series";
import { previewMetadata } from "@/components/og/preview-metadata";
import type { SearchParams } from "@/lib/url-state/search-params";
import { getShownSnapshot } from "@/lib/data/shown-snapshot";
import { parseTagParams } from "@/lib/url-state/tag-params";
import { findTagBySegment, tagHref } from "@/lib/derive/tags";
import { viewHref } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

type TagPageProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: TagPageProps): Promise<Metadata> {
  const page = await getShownSnapshot(await searchParams);
  const { snapshot } = page.classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) return { title: "Task not found" };
  const title = page.pinned ? `${tag.displayName} on ${snapshot.asOf}` : tag.displayName;
  const description = tagDescription(tag, snapshot);
  const image = {
    path: viewHref(`${tagHref(tag.tag)}/preview`, { asOf: page.pinned ? snapshot.asOf : null }),
    alt: TAG_PREVIEW_ALT,
  };
  return { title, description, ...previewMetadata(`${title} · Task Share`, description, image) };
}

export default async function TagPage({ params, searchParams }: TagPageProps) {
  const query = await searchParams;
  const page = await getShownSnapshot(query);
  const { snapshot, usage } = page.classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const { state, ignored } = parseTagParams(query);
  const split = usage.byTag.get(tag.tag);

  return (
    <PageShell
      classifications={page.classifications}
      pollSeconds={getRevalidateSeconds()}
      nav={{ section: "overview", page: false }}
      view={state}
      pinned={page.pinned}
    >
      <TagView tag={tag} page={page} view={state} ignored={ignored} />
      {split && (
        <ProviderSplitCard
          tag={tag}
          snapshot={snapshot}
          split={split}
          permalink={tagHref(tag.tag, { ...state, asOf: snapshot.asOf })}
          palette={providerPalette(usage.providers.map((item) => item.provider))}
        />
      )}
    </PageShell>
  );
}
