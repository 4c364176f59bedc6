import "server-only";

import { getSnapshotView, type TaskDayView } from "../data";
import { asOfOf, pinnedDayOf } from "../url-state/as-of";
import { malformedAsOfError, missingDayError, withApiErrors } from "./api-response";
import type { ApiRoute } from "./api-schemas/api-route";
import { conditionalAnswer, type Freshness } from "./conditional";

// The day an API request or a link preview asks for by ?as_of=, or the answer that it cannot
// be had. The API is strict (a malformed date is a 400); a preview reads it as its page does
// (the latest day). A date with no stored day is the same 404 for both.

export async function apiDay(request: Request): Promise<TaskDayView | Response> {
  const asked = asOfOf(request.url);
  if (asked.kind === "malformed") return malformedAsOfError(asked.raw);
  return dayOrMissing(pinnedDayOf(asked));
}

export async function previewDay(request: Request): Promise<TaskDayView | Response> {
  return dayOrMissing(pinnedDayOf(asOfOf(request.url)));
}

async function dayOrMissing(pinnedDay: string | null): Promise<TaskDayView | Response> {
  const view = await getSnapshotView({ pinnedDay });
  return view.found ? view : missingDayError(view);
}

/**
 * What identifies a day's answers: its date, when it was fetched and where it came from. An
 * answer that also carries today's catalogue (names, weights) changes when the catalogue does:
 * its revision joins the version, and even a pinned day is kept only for one refresh window.
 */
export function dayFreshness(
  { classifications, pinned, catalogue }: TaskDayView,
  withCatalogue = false,
): Freshness {
  const { data, fetchedAt, source } = classifications;
  const revision = withCatalogue ? `|catalogue:${catalogue.source}|${catalogue.fetchedAt}` : "";
  return {
    version: `${data.as_of}|${fetchedAt}|${source}${revision}`,
    lastModified: new Date(fetchedAt),
    pinned: pinned && !withCatalogue,
  };
}

/**
 * An API route that answers from one day: its query checked against its description, the day
 * read, a client holding the same day answered 304, and any failure answered as every route
 * answers it.
 */
export function dayRoute<Context = void>(
  route: ApiRoute,
  answer: (day: TaskDayView, request: Request, context: Context) => Promise<Response> | Response,
  { withCatalogue = false }: { withCatalogue?: boolean } = {},
) {
  return withApiErrors<Context>(route, async (request, context) => {
    const day = await apiDay(request);
    if (day instanceof Response) return day;
    return conditionalAnswer(request, dayFreshness(day, withCatalogue), () =>
      answer(day, request, context),
    );
  });
}
