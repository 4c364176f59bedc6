import type { Metadata } from "next";

import { OVERVIEW_PREVIEW_ALT } from "@/components/og/overview-preview";
import { previewMetadata } from "@/components/og/preview-metadata";
import { getPageQuery, type TaskDayView } from "@/lib/data";
import { viewHref } from "@/lib/url-state/view-params";
import type { SearchParams } from "@/lib/url-state/search-params";

/** A page's title, naming the day when the view is pinned to one: "Models on 2026-11-18". */
export function pinnedTitle(title: string, day: TaskDayView): string {
  return day.pinned ? `${title} on ${day.classifications.snapshot.asOf}` : title;
}

/**
 * A page's title and description, and, when it is pinned, a link preview of that day's numbers
 * (the layout's default preview shows the latest).
 */
export function dayMetadata(title: string, description: string, day: TaskDayView): Metadata {
  const pinned = pinnedTitle(title, day);
  if (!day.pinned) return { title: pinned, description };
  const image = {
    path: viewHref("/preview", { asOf: day.classifications.snapshot.asOf }),
    alt: OVERVIEW_PREVIEW_ALT,
  };
  return {
    title: pinned,
    description,
    ...previewMetadata(`${pinned} · Task Share`, description, image),
  };
}

/** What Next hands a page that reads only its query. */
export type QueryPageProps = { searchParams: Promise<SearchParams> };

/**
 * A section page (models, providers, changes, about): its metadata (the title pinned to the day
 * when the URL pins one) and its body, each reading the day through the one reader.
 */
export function sectionPage(
  title: string,
  description: string,
  render: (page: { query: SearchParams; day: TaskDayView }) => React.ReactNode,
) {
  return {
    generateMetadata: async ({ searchParams }: QueryPageProps): Promise<Metadata> =>
      dayMetadata(title, description, (await getPageQuery(searchParams)).day),
    Page: async function SectionPage({ searchParams }: QueryPageProps) {
      return render(await getPageQuery(searchParams));
    },
  };
}
