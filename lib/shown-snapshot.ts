import "server-only";

import { notFound } from "next/navigation";

import { getSnapshotPage, type ShownSnapshot } from "./history";
import type { SearchParams } from "./search-params";
import { parseTagParams } from "./tag-params";

/**
 * The snapshot a page's URL asks for: the latest, or the one pinned by ?as_of=. A well-formed
 * date with no stored snapshot is a 404, which app/not-found.tsx fills with the nearest dates.
 */
export async function getShownSnapshot(params: SearchParams): Promise<ShownSnapshot> {
  const page = await getSnapshotPage(parseTagParams(params).state.asOf ?? undefined);
  if (!page.found) notFound();
  return page;
}
