import { taskShareFeed } from "@/lib/http/feed-response";
import { withApiErrors } from "@/lib/http/api-response";
import { FEED_ROUTE } from "@/lib/http/api-schemas/feeds";

export const dynamic = "force-dynamic";

/** What changed, one Atom entry per stored day, newest first, each against the previous day. */
export const GET = withApiErrors(FEED_ROUTE, (request) => taskShareFeed(request, null));
