import { getStoredDays } from "@/lib/data";
import { atomFeed } from "@/lib/export/atom";
import { withApiErrors } from "@/lib/http/api-response";
import { getSiteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/** The most days a feed lists: readers keep what they have already seen. */
const MOST_ENTRIES = 60;

/** What changed, one Atom entry per stored day, newest first, each against the previous day. */
export const GET = withApiErrors(async () => {
  const origin = await getSiteUrl();
  const { days } = await getStoredDays();
  const body = atomFeed({
    title: "Task Share: what changed in OpenRouter's task classifications",
    selfUrl: new URL("/feed.xml", origin).toString(),
    pageUrl: (asOf) => new URL(`/changes?as_of=${asOf}`, origin).toString(),
    entries: days.slice(0, MOST_ENTRIES).map(({ classifications, history }) => ({
      asOf: classifications.snapshot.asOf,
      fetchedAt: classifications.fetchedAt,
      digest: history.digest("previous"),
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
});
