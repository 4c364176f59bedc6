import "server-only";

import { isNoDataError, isStoreUnavailableError, type MissingDay } from "../data";
import { type RankingsStatus } from "../model";
import { queryProblem, type ApiRoute } from "./api-schemas/api-route";
import { malformedAsOf } from "./api-schemas/common";
import { errorBody } from "./refusal";

// Shared shape of API errors: `{ "error": { "code": 503, "message": "…" } }`, never a stack.

/**
 * A JSON answer, `no-store` by itself: a route whose answer may be cached says for how long
 * through `conditionalAnswer` (./conditional.ts), which also gives it its validators.
 */
export function jsonData(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

export function apiError(status: number, message: string, headers: HeadersInit = {}): Response {
  return Response.json(errorBody(status, message), {
    status,
    headers: { "Cache-Control": "no-store", ...headers },
  });
}

/**
 * The one answer to a date with no stored day, from every API route and link preview: 404,
 * naming the stored dates nearest to it (pages show the same on app/not-found.tsx).
 */
export function missingDayError({ date, nearest }: MissingDay): Response {
  return Response.json(
    { error: { code: 404, message: `No snapshot is stored for ${date}.`, nearest_dates: nearest } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * 503 while a rankings series has nothing stored: still being fetched, or failing (and why). A
 * store that cannot be read is answered as everywhere else: the store's message and retry time.
 */
export function noRankingsYetError({ state, lastError, nextRefreshAt }: RankingsStatus): Response {
  if (lastError?.code === "store") {
    return apiError(503, STORE_UNAVAILABLE, { "Retry-After": STORE_RETRY_SECONDS });
  }
  const message =
    state === "failing"
      ? `No rankings are stored yet: the last call to OpenRouter failed (${lastError?.message ?? "unknown error"}).`
      : "No rankings are stored yet: the history is being fetched. Try again shortly.";
  const waitSeconds = Math.ceil(((nextRefreshAt?.getTime() ?? 0) - Date.now()) / 1000);
  return apiError(503, message, {
    "Retry-After": String(Math.min(Math.max(waitSeconds, 5), 3600)),
  });
}

/**
 * 503 while a dataset fetched in the background (the session costs, the apps) has nothing
 * stored: its first fetch under way, or failing (and why).
 */
export function notStoredYetError(
  what: string,
  state: { state: "fetching" } | { state: "failing"; message: string },
  fetching: string,
): Response {
  const why =
    state.state === "failing" ? `the last call to OpenRouter failed (${state.message})` : fetching;
  return apiError(503, `No ${what} are stored yet: ${why}. Try again shortly.`, {
    "Retry-After": "60",
  });
}

const STORE_UNAVAILABLE = "The data store is not answering right now. Try again shortly.";
const STORE_RETRY_SECONDS = "30";

/**
 * What a link preview answers when its data cannot be read (nothing stored yet, or the store
 * not answering): a 503 with Retry-After, as the pages and the API answer it. Anything else is
 * thrown on, a fault.
 */
export function previewUnavailable(error: unknown): Response {
  if (!isNoDataError(error) && !isStoreUnavailableError(error)) throw error;
  return new Response(`${STORE_UNAVAILABLE}\n`, {
    status: 503,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": STORE_RETRY_SECONDS,
    },
  });
}

/** 400 for an ?as_of= that is not a calendar date. */
export function malformedAsOfError(raw: string): Response {
  return apiError(400, malformedAsOf(raw));
}

/**
 * Wraps a route handler: a query the route's description refuses → 400; no data yet → 503 with
 * Retry-After; else 500.
 */
export function withApiErrors<Context = void>(
  route: ApiRoute,
  handler: (request: Request, context: Context) => Promise<Response>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    const problem = queryProblem(route, new URL(request.url).searchParams);
    if (problem) return apiError(400, problem);
    try {
      return await handler(request, context);
    } catch (error) {
      if (isNoDataError(error)) {
        return apiError(503, "No data yet: the upstream has not answered. Try again shortly.", {
          "Retry-After": "10",
        });
      }
      if (isStoreUnavailableError(error)) {
        return apiError(503, STORE_UNAVAILABLE, { "Retry-After": STORE_RETRY_SECONDS });
      }
      console.error(
        `[task-share] ${request.method} ${new URL(request.url).pathname} failed: ${String(error)}`,
      );
      return apiError(500, "Internal error.");
    }
  };
}
