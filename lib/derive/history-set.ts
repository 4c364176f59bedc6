import { addDays, type TaskDay } from "../model";
import { compareMacroCategories, compareTags, type Changes } from "./changes";
import { digestOf, type Digest } from "./digest";
import {
  availableComparisons,
  chooseComparison,
  type Comparison,
  type ComparisonRequest,
} from "./comparisons";
import {
  allTagSeries,
  macroSeries,
  seriesOf,
  tagSeries,
  type MacroSeries,
  type SharePoint,
} from "./series";

// Everything derived from one set of stored snapshots, computed on first use and kept: the set
// is rebuilt only when the store changes, so a page view costs lookups, not recomputation.

export type SnapshotChanges = {
  comparison: Comparison;
  base: TaskDay;
  tags: Changes;
  macroCategories: Changes;
};

/**
 * How far back a page's own history charts and tables reach. A stored day costs a column in
 * each chart and a row in each table, in every page that draws it: a page stays the same size
 * after a year of days. Every stored day stays in the files and the API, and the long run is
 * /trends' (OpenRouter's rankings dataset).
 */
export const HISTORY_WINDOW_DAYS = 90;

/** The history as it stood on one date: nothing after it is visible. */
export type HistoryView = {
  asOf: string;
  /** Stored dates up to and including asOf, oldest first. */
  dates: string[];
  /** Stored dates before the window the series reach back to (HISTORY_WINDOW_DAYS). */
  olderDays: number;
  /** The preset comparisons the stored dates allow (previous, 7 and 30 days). */
  comparisons: Comparison[];
  /** What `?vs=` asked for, or the previous day (`fellBack`) when the stored dates do not allow it. */
  compare(wanted: ComparisonRequest): { comparison: Comparison | undefined; fellBack: boolean };
  /** Changes against exactly what was asked (a preset or a day), if the stored dates allow it. */
  changes(wanted: ComparisonRequest): SnapshotChanges | undefined;
  /** What changed as news (lib/derive/digest.ts) against exactly what was asked. */
  digest(wanted: ComparisonRequest): Digest | undefined;
  /** The series below cover the window: the last HISTORY_WINDOW_DAYS days up to asOf. */
  tagSeries(tag: string): SharePoint[];
  allTagSeries(): Map<string, SharePoint[]>;
  macroSeries(): MacroSeries;
  /** Any figure of each stored day in the window, as a series. */
  seriesOf(valueOf: Parameters<typeof seriesOf>[1]): SharePoint[];
};

export type HistorySet = {
  /** Every stored date, oldest first. */
  dates: string[];
  find(asOf: string): TaskDay | undefined;
  /** The history up to `current` (which need not be stored yet: the newest fetch may lead). */
  viewOf(current: TaskDay): HistoryView;
};

function memo<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

export function createHistorySet(snapshots: TaskDay[]): HistorySet {
  const sorted = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const byDate = new Map(sorted.map((snapshot) => [snapshot.asOf, snapshot]));
  const views = new Map<TaskDay, HistoryView>();

  function createView(current: TaskDay): HistoryView {
    const upTo = [...sorted.filter((snapshot) => snapshot.asOf < current.asOf), current];
    const dates = upTo.map((snapshot) => snapshot.asOf);
    const windowStart = addDays(current.asOf, -(HISTORY_WINDOW_DAYS - 1));
    const recent = upTo.filter((snapshot) => snapshot.asOf >= windowStart);
    const comparisons = availableComparisons(dates, current.asOf);
    const changes = new Map<ComparisonRequest, SnapshotChanges | undefined>();
    const digests = new Map<ComparisonRequest, Digest | undefined>();
    const compare = (wanted: ComparisonRequest) =>
      chooseComparison(comparisons, wanted, dates, current.asOf);
    /** The comparison and its base day, only when exactly what was asked is available. */
    const exactly = (wanted: ComparisonRequest) => {
      const { comparison, fellBack } = compare(wanted);
      const base = !fellBack && comparison && byDate.get(comparison.baseAsOf);
      return comparison && base ? { comparison, base } : undefined;
    };
    const everyTag = memo(() =>
      allTagSeries(
        recent,
        current.tags.map((tag) => tag.tag),
      ),
    );
    return {
      asOf: current.asOf,
      dates,
      olderDays: upTo.length - recent.length,
      comparisons,
      compare,
      changes(wanted) {
        if (!changes.has(wanted)) {
          const found = exactly(wanted);
          changes.set(
            wanted,
            found && {
              ...found,
              tags: compareTags(current, found.base),
              macroCategories: compareMacroCategories(current, found.base),
            },
          );
        }
        return changes.get(wanted);
      },
      digest(wanted) {
        if (!digests.has(wanted)) {
          const found = exactly(wanted);
          digests.set(wanted, found && digestOf(current, found.base, upTo));
        }
        return digests.get(wanted);
      },
      tagSeries: (tag) => everyTag().get(tag) ?? tagSeries(recent, tag),
      allTagSeries: everyTag,
      macroSeries: memo(() => macroSeries(recent)),
      seriesOf: (valueOf) => seriesOf(recent, valueOf),
    };
  }

  return {
    dates: sorted.map((snapshot) => snapshot.asOf),
    find: (asOf) => byDate.get(asOf),
    viewOf(current) {
      let view = views.get(current);
      if (!view) {
        view = createView(current);
        views.set(current, view);
      }
      return view;
    },
  };
}

/**
 * The changes a view asked for (`vs`), or since the previous snapshot when the stored dates do
 * not allow that comparison; `shown` is the comparison actually drawn, for the links.
 */
export function changesFor(view: HistoryView, wanted: ComparisonRequest) {
  const { comparison, fellBack } = view.compare(wanted);
  return {
    changes: comparison && view.changes(comparison.key),
    shown: comparison?.key ?? wanted,
    unavailable: fellBack ? wanted : undefined,
  };
}
