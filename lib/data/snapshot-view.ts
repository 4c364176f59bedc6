import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { nearestDates } from "../model";
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
  type LoadedTaskDay,
  type DataStatus,
} from "./service";

/** One day as every view shows it: its data and derived figures, its history, and its status. */
export type TaskDayView = {
  found: true;
  classifications: LoadedTaskDay;
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
const readView = cache(async (pinnedDay: string | null): Promise<TaskDayView | MissingDay> => {
  const [history, catalogue] = await Promise.all([loadHistory(), getCatalogue()]);
  let day: LoadedTaskDay;
  if (pinnedDay === null) {
    day = await getClassifications();
  } else {
    const stored = history.days.get(pinnedDay);
    if (!stored) {
      return { found: false, date: pinnedDay, nearest: nearestDates(history.set.dates, pinnedDay) };
    }
    day = stored;
  }
  return {
    found: true,
    classifications: day,
    history: history.set.viewOf(day.snapshot),
    storedDates: history.set.dates,
    pinned: pinnedDay !== null,
    status: await getDataStatus(),
    catalogue,
    pollSeconds: getRevalidateSeconds(),
  };
});

/**
 * The one reader of a day for every page, preview and API route: the latest day (`pinnedDay: null`)
 * or the day stored for a date, exactly as it was.
 */
export function getSnapshotView({ pinnedDay }: { pinnedDay: string | null }) {
  return readView(pinnedDay);
}

/**
 * For pages: the view, or the 404 page (app/not-found.tsx names the nearest stored dates). The
 * pin is recorded for the request, so every link the page renders keeps it.
 */
export async function getPageView(pinnedDay: string | null): Promise<TaskDayView> {
  const view = await readView(pinnedDay);
  if (!view.found) notFound();
  recordPinnedDay(pinnedDay);
  recordCatalogue(view.catalogue);
  return view;
}

/** Every stored day, newest first, each with its history up to that day (for the feeds). */
export async function getStoredDays(): Promise<Pick<TaskDayView, "classifications" | "history">[]> {
  const { set, days } = await loadHistory();
  return [...days.values()].reverse().map((classifications) => ({
    classifications,
    history: set.viewOf(classifications.snapshot),
  }));
}

/** A page's query and the day its ?as_of= asks for (or the 404 page). */
export async function getPageQuery(
  searchParams: Promise<SearchParams>,
): Promise<{ query: SearchParams; day: TaskDayView }> {
  const query = await searchParams;
  return { query, day: await getPageView(pinnedDayIn(query)) };
}
