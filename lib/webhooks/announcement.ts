import "server-only";

import type { SnapshotArchive } from "../data/store/snapshot-store";
import { createHistorySet } from "../derive/history-set";
import { reshapeSnapshot } from "../openrouter/reshape";
import { webhookPayload } from "./payload";

/**
 * The JSON body announcing a stored day (its digest against the previous stored day), or
 * undefined when the day is not stored. Kept while the store is unchanged: several URLs get
 * the same body for the same day.
 */
export function dayAnnouncements(
  archive: SnapshotArchive,
  siteUrl: URL | undefined,
): (asOf: string) => Promise<string | undefined> {
  let last: { key: string; body: string | undefined } | undefined;
  return async (asOf) => {
    const key = `${asOf}|${await archive.revision()}`;
    if (last?.key === key) return last.body;
    const upTo = (await archive.allSnapshots())
      .filter((stored) => stored.data.as_of <= asOf)
      .map((stored) => reshapeSnapshot(stored.data));
    const day = upTo.find((snapshot) => snapshot.asOf === asOf);
    const body =
      day &&
      JSON.stringify(
        webhookPayload({
          asOf,
          digest: createHistorySet(upTo).viewOf(day).digest("previous"),
          siteUrl,
        }),
      );
    last = { key, body };
    return body;
  };
}
