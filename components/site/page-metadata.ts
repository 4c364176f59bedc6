import type { Metadata } from "next";

import { getPageQuery, type SnapshotView } from "@/lib/data";
import type { SearchParams } from "@/lib/url-state/search-params";

/** A page's title, naming the day when the view is pinned to one: "Models on 2026-11-18". */
export function pinnedTitle(title: string, day: SnapshotView): string {
  return day.pinned ? `${title} on ${day.classifications.snapshot.asOf}` : title;
}

/** What Next hands a page that reads only its query. */
export type QueryPageProps = { searchParams: Promise<SearchParams> };

/**
 * The generateMetadata of a section page (models, providers): its title, pinned when its URL
 * pins a day, and its description.
 */
export function sectionMetadata(title: string, description: string) {
  return async ({ searchParams }: QueryPageProps): Promise<Metadata> => {
    const { day } = await getPageQuery(searchParams);
    return { title: pinnedTitle(title, day), description };
  };
}
