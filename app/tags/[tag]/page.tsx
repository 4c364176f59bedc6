import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TAG_PREVIEW_ALT } from "@/components/og/tag-preview";
import { previewMetadata } from "@/components/og/preview-metadata";
import { ProviderSplitCard } from "@/components/providers/provider-split-card";
import { pinnedTitle } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { TagView } from "@/components/tags/tag-view";
import { getPageQuery } from "@/lib/data";
import { tagDescription } from "@/lib/derive/headlines";
import { providerPalette } from "@/lib/derive/provider-series";
import { providerNamer } from "@/lib/derive/catalogue";
import { findTagBySegment, tagHref } from "@/lib/derive/tags";
import type { SearchParams } from "@/lib/url-state/search-params";
import { parseTagParams } from "@/lib/url-state/tag-params";
import { viewHref } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

type TagPageProps = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: TagPageProps): Promise<Metadata> {
  const day = (await getPageQuery(searchParams)).day;
  const { snapshot } = day.classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) return { title: "Task not found" };
  const title = pinnedTitle(tag.displayName, day);
  const description = tagDescription(tag, snapshot);
  const image = {
    path: viewHref(`${tagHref(tag.tag)}/preview`, { asOf: day.pinned ? snapshot.asOf : null }),
    alt: TAG_PREVIEW_ALT,
  };
  return {
    title,
    description,
    ...previewMetadata(`${title} · Task Share`, description, image),
    // Feed readers find the task's own feed from the page, then the site's (which this
    // replaces from the layout's metadata).
    alternates: {
      types: {
        "application/atom+xml": [
          { url: `${tagHref(tag.tag)}/feed.xml`, title: `${tag.displayName} · Task Share` },
          { url: "/feed.xml", title: "Task Share" },
        ],
      },
    },
  };
}

export default async function TagPage({ params, searchParams }: TagPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { snapshot, usage } = day.classifications;
  const tag = findTagBySegment(snapshot.tags, (await params).tag);
  if (!tag) notFound();
  const { state, ignored } = parseTagParams(query);
  const split = usage.byTag.get(tag.tag);

  return (
    <PageShell day={day} nav={{ section: "overview", page: false }} view={state}>
      <TagView tag={tag} page={day} view={state} ignored={ignored} />
      {split && (
        <ProviderSplitCard
          tag={tag}
          snapshot={snapshot}
          split={split}
          permalink={tagHref(tag.tag, { ...state, asOf: snapshot.asOf })}
          source={day.classifications.source}
          palette={providerPalette(
            usage.providers.map((item) => item.provider),
            providerNamer(day.catalogue),
          )}
        />
      )}
    </PageShell>
  );
}
