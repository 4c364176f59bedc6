import { taskShareFeed } from "@/lib/http/feed-response";
import { withApiErrors } from "@/lib/http/api-response";

export const dynamic = "force-dynamic";

/** What changed, one Atom entry per stored day, newest first, each against the previous day. */
export const GET = withApiErrors(() => taskShareFeed(null));
