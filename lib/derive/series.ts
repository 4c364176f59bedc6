import { addDays, daysBetween, type TaskDay } from "../model";

// Time series over the stored snapshots, null where no snapshot is stored (or the snapshot
// lacks the item), so a chart draws a gap there instead of a line across days nobody observed.
//
// A short run of missing days is spelled out, one null point per day, so a week with a day or
// two missing still reads day by day. A longer run is one point standing for the whole range:
// one very old snapshot (imported, or an upstream's odd answer) would otherwise make every chart
// draw, tooltip and export each calendar day since then. A series therefore has at most
// (MAX_SPELLED_GAP + 1) points per stored day, whatever the calendar span.

/** The longest run of missing days still given one point per day. */
export const MAX_SPELLED_GAP = 7;

/** Days with no snapshot folded into one point: `date` is the first missing day. */
export type CollapsedGap = {
  /** The last missing day of the run. */
  gapUntil: string;
};

/** A stored day, or one missing day (shares null); `gapUntil` never set. */
type DayPoint = { date: string; usage: number | null; tokens: number | null; gapUntil?: never };
type GapPoint = { date: string; usage: null; tokens: null } & CollapsedGap;

export type SharePoint = DayPoint | GapPoint;

type MacroDay = { date: string; usage: (number | null)[]; tokens: (number | null)[] };
export type MacroPoint = (MacroDay & { gapUntil?: never }) | (MacroDay & CollapsedGap);

export type MacroSeries = {
  keys: { key: string; label: string }[];
  /** usage[i] / tokens[i] belong to keys[i]; null on days without a snapshot. */
  points: MacroPoint[];
};

type Slot = { date: string; snapshot: TaskDay | undefined; gapUntil?: string };

/**
 * The stored days, oldest first, with their missing days in between: one slot per missing day
 * in a short run, one slot (with `gapUntil`) for a longer one.
 */
function timeline(snapshots: TaskDay[]): Slot[] {
  const sorted = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const slots: Slot[] = [];
  let previous: string | undefined;
  for (const snapshot of sorted) {
    if (snapshot.asOf === previous) continue;
    if (previous !== undefined) {
      const missing = daysBetween(previous, snapshot.asOf) - 1;
      if (missing > MAX_SPELLED_GAP) {
        const gapUntil = addDays(snapshot.asOf, -1);
        slots.push({ date: addDays(previous, 1), snapshot: undefined, gapUntil });
      } else {
        for (let day = 1; day <= missing; day += 1) {
          slots.push({ date: addDays(previous, day), snapshot: undefined });
        }
      }
    }
    slots.push({ date: snapshot.asOf, snapshot });
    previous = snapshot.asOf;
  }
  return slots;
}

function sharePoint(slot: Slot, item: { usageShare: number; tokenShare: number } | undefined) {
  if (slot.gapUntil !== undefined) {
    return { date: slot.date, gapUntil: slot.gapUntil, usage: null, tokens: null } as const;
  }
  return { date: slot.date, usage: item?.usageShare ?? null, tokens: item?.tokenShare ?? null };
}

/** Any figure of a stored day as a series (undefined where a day lacks it). */
export function seriesOf(
  snapshots: TaskDay[],
  valueOf: (snapshot: TaskDay) => { usageShare: number; tokenShare: number } | undefined,
): SharePoint[] {
  return timeline(snapshots).map((slot) =>
    sharePoint(slot, slot.snapshot && valueOf(slot.snapshot)),
  );
}

export function tagSeries(snapshots: TaskDay[], tag: string): SharePoint[] {
  return seriesOf(snapshots, (snapshot) =>
    snapshot.tags.find((candidate) => candidate.tag === tag),
  );
}

/** Every tag's series at once (one pass per day), keyed by tag. */
export function allTagSeries(snapshots: TaskDay[], tags: string[]): Map<string, SharePoint[]> {
  const series = new Map<string, SharePoint[]>(tags.map((tag) => [tag, []]));
  for (const slot of timeline(snapshots)) {
    const byTag = new Map(slot.snapshot?.tags.map((item) => [item.tag, item]));
    for (const [tag, points] of series) points.push(sharePoint(slot, byTag.get(tag)));
  }
  return series;
}

/** Macro-categories over time, keyed by the categories of the newest snapshot first. */
export function macroSeries(snapshots: TaskDay[]): MacroSeries {
  const keys: { key: string; label: string }[] = [];
  const seen = new Set<string>();
  const newestFirst = [...snapshots].sort((a, b) => b.asOf.localeCompare(a.asOf));
  for (const snapshot of newestFirst) {
    for (const macro of snapshot.macroCategories) {
      if (seen.has(macro.key)) continue;
      seen.add(macro.key);
      keys.push({ key: macro.key, label: macro.label });
    }
  }
  const points = timeline(snapshots).map(({ date, snapshot, gapUntil }): MacroPoint => {
    const byKey = new Map(snapshot?.macroCategories.map((macro) => [macro.key, macro]));
    const value = (metric: "usageShare" | "tokenShare") =>
      keys.map(({ key }) => {
        if (!snapshot) return null;
        return byKey.get(key)?.[metric] ?? 0;
      });
    const day = { date, usage: value("usageShare"), tokens: value("tokenShare") };
    return gapUntil === undefined ? day : { ...day, gapUntil };
  });
  return { keys, points };
}

/** The stored (non-gap) points of a series. */
export function storedPoints(series: SharePoint[]): DayPoint[] {
  return series.filter((point): point is DayPoint => point.usage !== null);
}

/** The collapsed gaps of a series, oldest first. */
export function collapsedGaps<Point extends { date: string; gapUntil?: string }>(
  points: Point[],
): { date: string; gapUntil: string }[] {
  return points.flatMap(({ date, gapUntil }) =>
    gapUntil === undefined ? [] : [{ date, gapUntil }],
  );
}

/** How many calendar days a point stands for: one, or a collapsed gap's whole run. */
export function daysCovered(point: { date: string; gapUntil?: string }): number {
  return point.gapUntil === undefined ? 1 : daysBetween(point.date, point.gapUntil) + 1;
}

/** The calendar days a series spans, counted, not listed. */
export function spannedDays(points: { date: string; gapUntil?: string }[]): number {
  return points.reduce((sum, point) => sum + daysCovered(point), 0);
}
