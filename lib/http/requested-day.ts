import "server-only";

import { getSnapshotView, type SnapshotView } from "../data";
import { asOfOf, pinnedDayOf } from "../url-state/as-of";
import { malformedAsOfError, missingDayError, withApiErrors } from "./api-response";

// The day an API request or a link preview asks for by ?as_of=, or the answer that it cannot
// be had. The API is strict (a malformed date is a 400); a preview reads it as its page does
// (the latest day). A date with no stored day is the same 404 for both.

export async function apiDay(request: Request): Promise<SnapshotView | Response> {
  const asked = asOfOf(request.url);
  if (asked.kind === "malformed") return malformedAsOfError(asked.raw);
  return dayOrMissing(pinnedDayOf(asked));
}

export async function previewDay(request: Request): Promise<SnapshotView | Response> {
  return dayOrMissing(pinnedDayOf(asOfOf(request.url)));
}

async function dayOrMissing(asOf: string | null): Promise<SnapshotView | Response> {
  const view = await getSnapshotView({ asOf });
  return view.found ? view : missingDayError(view);
}

/**
 * An API route that answers from one day: ?as_of= (and `otherParams`) checked, the day read,
 * and any failure answered as every route answers it.
 */
export function dayRoute<Context = void>(
  answer: (day: SnapshotView, request: Request, context: Context) => Promise<Response> | Response,
  otherParams: string[] = [],
) {
  return withApiErrors<Context>(
    async (request, context) => {
      const day = await apiDay(request);
      return day instanceof Response ? day : answer(day, request, context);
    },
    ["as_of", ...otherParams],
  );
}
