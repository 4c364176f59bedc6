import { addDays, RANKINGS_FIRST_DAY } from "../../model";

/** A view's inclusive date range. */
export type DateRange = { from: string; to: string };

/** What a rankings series holds: its first and last dates, and the last day its rows include. */
export type HeldDates = {
  firstDate: string | null;
  lastDate: string | null;
  coveredThrough?: string | null;
};

/**
 * Who reads the range decides only its defaults: "view" (the trends pages, their pictures and
 * files) shows what is held, all of it by default, an asked end clamped into it; "upstream"
 * (GET /api/rankings, read as upstream reads its own) keeps what is asked and by default answers
 * the 30 days up to the last day covered.
 */
export type RangeRule = "view" | "upstream";

/** Upstream's default range: the 30 days up to the end date. */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The one range resolution for pages and the API: none while nothing is held, else the ends
 * asked for, and where one is absent the rule's default. Ends are inclusive YYYY-MM-DD days.
 */
export function resolveRange(
  asked: { from: string | null; to: string | null },
  held: HeldDates,
  rule: RangeRule = "view",
): DateRange | null {
  if (rule === "upstream") {
    if (!held.coveredThrough) return null;
    const to = asked.to ?? held.coveredThrough;
    const from = asked.from ?? maxDate(addDays(to, 1 - DEFAULT_RANGE_DAYS), RANKINGS_FIRST_DAY);
    return { from, to };
  }
  const { firstDate, lastDate } = held;
  if (!firstDate || !lastDate) return null;
  const from = asked.from && asked.from > firstDate ? asked.from : firstDate;
  const to = asked.to && asked.to < lastDate ? asked.to : lastDate;
  return { from: from > to ? to : from, to };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
