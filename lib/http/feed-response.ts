import "server-only";

import { getStoredDayRange, getStoredDays } from "../data";
import { digestOfTask } from "../derive/digest";
import { tagHref } from "../derive/tags";
import { atomFeed } from "../export/atom";
import { appNews } from "./app-news";
import { viewHref } from "../url-state/view-params";
import { apiError } from "./api-response";
import { conditionalAnswer } from "./conditional";
import { getSiteUrl } from "./site-url";

/** The most days a feed lists: readers keep what they have already seen. */
const MOST_ENTRIES = 60;

/**
 * The Atom feed of what changed on each stored day against the previous one: for every task, or
 * (with `tag`) for one, listing only the days that list it.
 */
export async function taskShareFeed(request: Request, tag: string | null): Promise<Response> {
  const origin = await getSiteUrl();
  const [days, range] = await Promise.all([getStoredDays(), getStoredDayRange(null)]);
  const listed =
    tag === null
      ? days
      : days.filter(({ classifications }) =>
          classifications.snapshot.tags.some((item) => item.tag === tag),
        );
  const name = listed[0]?.classifications.snapshot.tags.find(
    (item) => item.tag === tag,
  )?.displayName;
  if (tag !== null && name === undefined) {
    return apiError(404, `No stored snapshot lists the task "${tag}".`);
  }
  const absolute = (path: string) => new URL(path, origin).toString();
  // The task-wide feed also tells each month's new #1 app (a task's feed is that task's alone).
  const apps = tag === null ? await appNews(absolute) : undefined;
  const freshness = {
    version: `${origin}|${range.version}|${apps?.version ?? ""}`,
    lastModified: new Date(Math.max(range.lastModified.getTime(), apps?.lastModified ?? 0)),
    pinned: false,
  };
  return conditionalAnswer(request, freshness, async () => {
    const body = atomFeed({
      news: await apps?.news?.(),
      title:
        name === undefined
          ? "Task Share: what changed in OpenRouter's task classifications"
          : `Task Share: what changed for ${name}`,
      selfUrl: absolute(tag === null ? "/feed.xml" : `${tagHref(tag)}/feed.xml`),
      entryId: (asOf) =>
        tag === null
          ? `urn:task-share:day:${asOf}`
          : `urn:task-share:task:${encodeURIComponent(tag)}:day:${asOf}`,
      pageUrl: (asOf) =>
        absolute(tag === null ? viewHref("/changes", { asOf }) : tagHref(tag, { asOf })),
      entries: listed.slice(0, MOST_ENTRIES).map(({ classifications, history }) => {
        const digest = history.digest("previous");
        return {
          asOf: classifications.snapshot.asOf,
          source: classifications.source,
          fetchedAt: classifications.fetchedAt,
          digest: digest && tag !== null ? digestOfTask(digest, tag) : digest,
        };
      }),
    });
    return new Response(body, {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
    });
  });
}
