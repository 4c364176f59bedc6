/** A view's inclusive date range. */
export type DateRange = { from: string; to: string };

/**
 * The range a view shows: what the URL asks for, within what is held (absent ends mean all of
 * it). Null when nothing is held.
 */
export function resolveRange(
  asked: { from: string | null; to: string | null },
  held: { firstDate: string | null; lastDate: string | null },
): DateRange | null {
  const { firstDate, lastDate } = held;
  if (!firstDate || !lastDate) return null;
  const from = asked.from && asked.from > firstDate ? asked.from : firstDate;
  const to = asked.to && asked.to < lastDate ? asked.to : lastDate;
  return { from: from > to ? to : from, to };
}
