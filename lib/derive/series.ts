import type { Snapshot } from "../openrouter/types";
import { calendarDays } from "../dates";

// Time series over the stored snapshots: one point per calendar day from the first snapshot to
// the last, null where no snapshot is stored (or the snapshot lacks the item), so a chart draws
// a gap there instead of a line across days nobody observed.

export type SharePoint = { date: string; usage: number | null; tokens: number | null };

export type MacroSeries = {
  keys: { key: string; label: string }[];
  /** usage[i] / tokens[i] belong to keys[i]; null on days without a snapshot. */
  points: { date: string; usage: (number | null)[]; tokens: (number | null)[] }[];
};

/** Every calendar day from the oldest snapshot to the newest, with its snapshot if stored. */
function daily(snapshots: Snapshot[]): { date: string; snapshot: Snapshot | undefined }[] {
  const dates = snapshots.map((snapshot) => snapshot.asOf).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return [];
  const byDate = new Map(snapshots.map((snapshot) => [snapshot.asOf, snapshot]));
  return calendarDays(first, last).map((date) => ({ date, snapshot: byDate.get(date) }));
}

export function tagSeries(snapshots: Snapshot[], tag: string): SharePoint[] {
  return daily(snapshots).map(({ date, snapshot }) => {
    const item = snapshot?.tags.find((candidate) => candidate.tag === tag);
    return { date, usage: item?.usageShare ?? null, tokens: item?.tokenShare ?? null };
  });
}

/** Every tag's series at once (one pass per day), keyed by tag. */
export function allTagSeries(snapshots: Snapshot[], tags: string[]): Map<string, SharePoint[]> {
  const series = new Map<string, SharePoint[]>(tags.map((tag) => [tag, []]));
  for (const { date, snapshot } of daily(snapshots)) {
    const byTag = new Map(snapshot?.tags.map((item) => [item.tag, item]));
    for (const [tag, points] of series) {
      const item = byTag.get(tag);
      points.push({ date, usage: item?.usageShare ?? null, tokens: item?.tokenShare ?? null });
    }
  }
  return series;
}

/** Macro-categories over time, keyed by the categories of the newest snapshot first. */
export function macroSeries(snapshots: Snapshot[]): MacroSeries {
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
  const points = daily(snapshots).map(({ date, snapshot }) => {
    const byKey = new Map(snapshot?.macroCategories.map((macro) => [macro.key, macro]));
    const value = (metric: "usageShare" | "tokenShare") =>
      keys.map(({ key }) => {
        if (!snapshot) return null;
        return byKey.get(key)?.[metric] ?? 0;
      });
    return { date, usage: value("usageShare"), tokens: value("tokenShare") };
  });
  return { keys, points };
}

/** The stored (non-gap) points of a series. */
export function storedPoints(series: SharePoint[]): SharePoint[] {
  return series.filter((point) => point.usage !== null);
}
