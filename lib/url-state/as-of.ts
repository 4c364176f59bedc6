import { createParser } from "nuqs/server";

// The dates module alone (no zod): the search box, a client component, reads this.
import { isIsoDate } from "../model/dates";
import { firstValue, type SearchParams } from "./search-params";

// The one reader of ?as_of=, for pages (through the nuqs parser below, shared with the browser),
// API routes, link previews and the not-found page. A well-formed date pins the view to the day
// stored for it; whether one is stored is the data layer's answer (lib/data), not the parser's.

export const AS_OF_PARAM = "as_of";

/** What an ?as_of= value asks for: the latest day, one day, or nothing a date can be read from. */
export type AsOfRequest =
  { kind: "latest" } | { kind: "day"; asOf: string } | { kind: "malformed"; raw: string };

export function parseAsOf(raw: string | null | undefined): AsOfRequest {
  if (raw === null || raw === undefined) return { kind: "latest" };
  return isIsoDate(raw) ? { kind: "day", asOf: raw } : { kind: "malformed", raw };
}

/** ?as_of= of a request URL. Pages and previews read a malformed date as the latest day. */
export function asOfOf(url: string | URL): AsOfRequest {
  return parseAsOf(new URL(url).searchParams.get(AS_OF_PARAM));
}

/** The pinned day a request asks for, or null for the latest (a malformed date reads as latest). */
export function pinnedDayOf(request: AsOfRequest): string | null {
  return request.kind === "day" ? request.asOf : null;
}

/** The pinned day of a page's query (the first ?as_of= when repeated, as nuqs reads it). */
export function pinnedDayIn(params: SearchParams): string | null {
  return pinnedDayOf(parseAsOf(firstValue(params[AS_OF_PARAM])));
}

/** The nuqs parser behind every page's `asOf` state. */
export const asOfParser = createParser({
  parse: (value) => pinnedDayOf(parseAsOf(value)),
  serialize: (value: string) => value,
});

/** A path and query with ?as_of= set to another day (for the nearest-date links of a 404). */
export function withAsOf(pathAndQuery: string, asOf: string): string {
  const url = new URL(pathAndQuery, "http://task-share.invalid");
  url.searchParams.set(AS_OF_PARAM, asOf);
  return `${url.pathname}${url.search}`;
}
