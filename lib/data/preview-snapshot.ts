import "server-only";

import { createLoader } from "nuqs/server";

import { getSnapshotPage } from "./history";
import type { Snapshot } from "../openrouter/types";
import { URL_KEYS, viewParsers } from "../url-state/view-params";

// The pages' own parser for ?as_of=, so a preview reads a date exactly as its page does.
const loadPinnedDate = createLoader({ asOf: viewParsers.asOf }, { urlKeys: URL_KEYS });

/**
 * The snapshot a link preview's URL asks for: the one pinned by ?as_of=, so a wiki link to a
 * pinned view previews that day's numbers, or else the latest. A malformed date reads as the
 * latest, as on the pages; a well-formed one with no snapshot stored is a 404.
 */
export async function previewSnapshot(
  request: Request,
): Promise<{ snapshot: Snapshot } | { missing: Response }> {
  const { asOf } = loadPinnedDate(request);
  const page = await getSnapshotPage(asOf ?? undefined);
  if (!page.found) {
    return {
      missing: new Response(`No snapshot is stored for ${page.asOf}.`, {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
    };
  }
  return { snapshot: page.classifications.snapshot };
}
