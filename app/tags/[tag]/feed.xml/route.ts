import { decodeTagSegment } from "@/lib/derive/tags";
import { apiError, withApiErrors } from "@/lib/http/api-response";
import { TAG_FEED_ROUTE } from "@/lib/http/api-schemas/feeds";
import { taskShareFeed } from "@/lib/http/feed-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tag: string }> };

/**
 * What changed for one task (/tags/code%3Ageneral_impl/feed.xml), one entry per day it is listed.
 * The task is read from the address as sent and decoded once: the router's params may already be
 * decoded, and decoding them again turned /tags/a%2525b into "a%b".
 */
export const GET = withApiErrors<Context>(TAG_FEED_ROUTE, async (request, { params }) => {
  const sent = new URL(request.url).pathname.match(/^\/tags\/([^/]+)\/feed\.xml$/)?.[1];
  const tag = decodeTagSegment(sent ?? (await params).tag);
  if (tag === undefined) return apiError(400, "The task in the address is not valid encoding.");
  return taskShareFeed(request, tag);
});
