import "server-only";

import { notFound } from "next/navigation";

import { getSnapshotPage, type ShownSnapshot } from "./history";
import { parseOverviewParams } from "../url-state/overview-params";
import type { SearchParams } from "../url-state/search-params";
import { parseTagParams } from "../url-state/tag-params";

/**
 * The snapshot a page's URL asks for: the latest, or the one pinned by ?as_of=. A well-formed
 * date with no stored snapshot is a 404, which app/not-found.tsx fills with the nearest dates.
 */
export async function getShownSnapshot(params: SearchParams): Promise<ShownSnapshot> {
  const page = await getSnapshotPage(parseTagParams(params).state.asOf ?? undefined);
  if (!page.found) notFound();
  return page;
}

/** The overview a URL asks for: its snapshot, and the view settings read against its data. */
export async function getOverview(params: SearchParams) {
  const page = await getShownSnapshot(params);
  const macroKeys = page.classifications.snapshot.macroCategories.map((macro) => macro.key);
  return { page, ...parseOverviewParams(params, macroKeys) };
}
