import { MACRO_CATEGORIES } from "@/lib/export/datasets";
import { fullHistoryRoute } from "@/lib/http/dataset-response";

export const dynamic = "force-dynamic";

/** Every macro-category on every stored day (up to ?as_of=), ?format=csv or JSON, streamed. */
export const GET = fullHistoryRoute(MACRO_CATEGORIES);
