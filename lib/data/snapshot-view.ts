import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { nearestDates } from "../dates";
import { pinnedDayIn } from "../url-state/as-of";
import { recordPinnedDay } from "../url-state/pinned-day";
import type { SearchParams } from "../url-state/search-params";
import type { ModelCatalogue } from "../derive/catalogue";
import type { HistoryView } from "../derive/history-set";
import { loadHistory, type MissingDay } from "./history";
import { recordCatalogue } from "./request-catalogue";
import {
  getCatalogue,
  getClassifications,
  getDataStatus,
  getRevalidateSeconds,
  type Classifications,
  type DataStatus,
} from "./service";

/** One day as every view shows it: its data and derived figures, its history, and its status. */
export type SnapshotView = {
  found: true;
  classifications: Classifications;
  /** The history as it stood on this day: nothing after it is visible. */
  history: HistoryView;
  /** Every stored date, also those after a pinned one (for the date picker). */
  storedDates: string[];
  /** Pinned by ?as_of=: this day for good, never replaced by newer data. */
  pinned: boolean;
  status: DataStatus;
  /** The model catalogue now (names, weights, versions): today's, also on a pinned day. */
  catalogue: ModelCatalogue;
  /** How often an open page asks whether newer data has arrived. */
  pollSeconds: number;
};

export type { MissingDay };

// React's cache: a page's metadata and its body read the same view once per request.
const readView = cache(async (asOf: string | null): Promise<SnapshotView | MissingDay> => {
  const [history, catalogue] = await Promise.all([loadHistory(), getCatalogue()]);
  let day: Classifications;
  if (asOf === null) {
    day = await getClassifications();
  } else {
    const stored = history.days.get(asOf);
    if (!stored) return { found: false, asOf, nearest: nearestDates(history.set.dates, asOf) };
    day = stored;
  }
  return {
    found: true,
    classifications: day,
    history: history.set.viewOf(day.snapshot),
    storedDates: history.set.dates,
    pinned: asOf !== null,
    status: await getDataStatus(),
    catalogue,
    pollSeconds: getRevalidateSeconds(),
  };
});

/**
 * The one reader of a day for every page, preview and API route: the latest day (`asOf: null`)
 * or the day stored for a date, exactly as it was.
 */
export function getSnapshotView({ asOf }: { asOf: string | null }) {
  return readView(asOf);
}

/**
 * For pages: the view, or the 404 page (app/not-found.tsx names the nearest stored dates). The
 * pin is recorded for the request, so every link the page renders keeps it.
 */
export async function getPageView(asOf: string | null): Promise<SnapshotView> {
  const view = await readView(asOf);
  if (!view.found) notFound();
  recordPinnedDay(asOf);
  recordCatalogue(view.catalogue);
  return view;
}

/** Every stored day, newest first, each with its history up to that day (for the feeds). */
export async function getStoredDays(): Promise<
  Pick<SnapshotView, "classifications" | "history">[]
> {
  const { set, days } = await loadHistory();
  return [...days.values()].reverse().map((classifications) => ({
    classifications,
    history: set.viewOf(classifications.snapshot),
  }));
}

/** A page's query and the day its ?as_of= asks for (or the 404 page). */
export async function getPageQuery(
  searchParams: Promise<SearchParams>,
): Promise<{ query: SearchParams; day: SnapshotView }> {
  const query = await searchParams;
  return { query, day: await getPageView(pinnedDayIn(query)) };
}
