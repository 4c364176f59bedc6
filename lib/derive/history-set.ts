import type { Snapshot } from "../openrouter/types";
import { compareMacroCategories, compareTags, type Changes } from "./changes";
import { digestOf, type Digest } from "./digest";
import {
  availableComparisons,
  chooseComparison,
  type Comparison,
  type ComparisonKey,
} from "./comparisons";
import { allTagSeries, macroSeries, tagSeries, type MacroSeries, type SharePoint } from "./series";

// Everything derived from one set of stored snapshots, computed on first use and kept: the set
// is rebuilt only when the store changes, so a page view costs lookups, not recomputation.

export type SnapshotChanges = {
  comparison: Comparison;
  base: Snapshot;
  tags: Changes;
  macroCategories: Changes;
};

/** The history as it stood on one date: nothing after it is visible. */
export type HistoryView = {
  asOf: string;
  /** Stored dates up to and including asOf, oldest first. */
  dates: string[];
  comparisons: Comparison[];
  changes(key: ComparisonKey): SnapshotChanges | undefined;
  /** What changed as news (lib/derive/digest.ts) against a comparison's base day. */
  digest(key: ComparisonKey): Digest | undefined;
  tagSeries(tag: string): SharePoint[];
  allTagSeries(): Map<string, SharePoint[]>;
  macroSeries(): MacroSeries;
};

export type HistorySet = {
  /** Every stored date, oldest first. */
  dates: string[];
  find(asOf: string): Snapshot | undefined;
  /** The history up to `current` (which need not be stored yet: the newest fetch may lead). */
  viewOf(current: Snapshot): HistoryView;
};

function memo<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

export function createHistorySet(snapshots: Snapshot[]): HistorySet {
  const sorted = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const byDate = new Map(sorted.map((snapshot) => [snapshot.asOf, snapshot]));
  const views = new Map<Snapshot, HistoryView>();

  function createView(current: Snapshot): HistoryView {
    const upTo = [...sorted.filter((snapshot) => snapshot.asOf < current.asOf), current];
    const dates = upTo.map((snapshot) => snapshot.asOf);
    const comparisons = availableComparisons(dates, current.asOf);
    const changes = new Map<ComparisonKey, SnapshotChanges | undefined>();
    const digests = new Map<ComparisonKey, Digest | undefined>();
    const everyTag = memo(() =>
      allTagSeries(
        upTo,
        current.tags.map((tag) => tag.tag),
      ),
    );
    return {
      asOf: current.asOf,
      dates,
      comparisons,
      changes(key) {
        if (!changes.has(key)) {
          const comparison = comparisons.find((candidate) => candidate.key === key);
          const base = comparison && byDate.get(comparison.baseAsOf);
          changes.set(
            key,
            comparison && base
              ? {
                  comparison,
                  base,
                  tags: compareTags(current, base),
                  macroCategories: compareMacroCategories(current, base),
                }
              : undefined,
          );
        }
        return changes.get(key);
      },
      digest(key) {
        if (!digests.has(key)) {
          const comparison = comparisons.find((candidate) => candidate.key === key);
          const base = comparison && byDate.get(comparison.baseAsOf);
          digests.set(key, base && digestOf(current, base, upTo));
        }
        return digests.get(key);
      },
      tagSeries: (tag) => everyTag().get(tag) ?? tagSeries(upTo, tag),
      allTagSeries: everyTag,
      macroSeries: memo(() => macroSeries(upTo)),
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
export function changesFor(view: HistoryView, wanted: ComparisonKey) {
  const { comparison, fellBack } = chooseComparison(view.comparisons, wanted);
  return {
    changes: comparison && view.changes(comparison.key),
    shown: comparison?.key ?? wanted,
    unavailable: fellBack ? wanted : undefined,
  };
}
