import { addDays, daysBetween, type TagShare, type TaskDay } from "../model";
import { decimalDifference } from "./decimal";
import { SHARE_METRICS, shareOf, type ShareMetric } from "./share-metric";

// What changed between a day and an earlier one, as news: the biggest moves first, judged against
// how much each share usually moves. Consecutive days share six of their seven days of data, so
// small moves are common and are not news: a move no larger than the share's typical move over
// the same number of days (the median absolute change between stored days that far apart) is
// "within normal variation" and ranked last.

/** How many pairs of stored days a typical move is measured on before it is trusted. */
const MIN_PAIRS = 3;
/** A move that rounds to 0.0 pp on screen is never news. */
const SHOWN_STEP = 0.0005;

export type ShareMove = {
  scope: "task" | "macro";
  key: string;
  label: string;
  metric: ShareMetric;
  from: number;
  to: number;
  /** to − from, a fraction (the page shows percentage points). */
  change: number;
  /** The share's median absolute move over the same span, or null with too little history. */
  typical: number | null;
  verdict: "notable" | "normal" | "unjudged";
};

export type ListChange = { tag: string; label: string; model: string };

export type Digest = {
  asOf: string;
  baseAsOf: string;
  days: number;
  /** Every share that moved, notable first (largest against its typical move), then unjudged, then normal. */
  moves: ShareMove[];
  newTasks: TagShare[];
  goneTasks: TagShare[];
  /** Tasks whose #1 model changed. */
  newLeaders: { tag: string; label: string; from: string; to: string }[];
  entered: ListChange[];
  left: ListChange[];
};

type ShareItem = { key: string; label: string; usageShare: number; tokenShare: number };

const tasksOf = (snapshot: TaskDay): ShareItem[] =>
  snapshot.tags.map((tag) => ({ ...tag, key: tag.tag, label: tag.displayName }));

const macrosOf = (snapshot: TaskDay): ShareItem[] => snapshot.macroCategories;

/**
 * The digest of `current` against `base`, with `history` (every stored day up to `current`,
 * any order) to judge what a usual move is.
 */
export function digestOf(current: TaskDay, base: TaskDay, history: TaskDay[]): Digest {
  const days = daysBetween(base.asOf, current.asOf);
  const past = history.filter((snapshot) => snapshot.asOf <= current.asOf);
  const moves = [
    ...shareMoves("task", tasksOf, current, base, past, days),
    ...shareMoves("macro", macrosOf, current, base, past, days),
  ].sort(byNews);

  const baseTags = new Map(base.tags.map((tag) => [tag.tag, tag]));
  const currentTags = new Set(current.tags.map((tag) => tag.tag));
  const kept = current.tags.flatMap((tag) => {
    const before = baseTags.get(tag.tag);
    return before ? [{ tag, before }] : [];
  });
  return {
    asOf: current.asOf,
    baseAsOf: base.asOf,
    days,
    moves,
    newTasks: current.tags.filter((tag) => !baseTags.has(tag.tag)),
    goneTasks: base.tags.filter((tag) => !currentTags.has(tag.tag)),
    newLeaders: kept.flatMap(({ tag, before }) => {
      const [leader] = tag.models;
      const [previous] = before.models;
      return leader && previous && leader.id !== previous.id
        ? [{ tag: tag.tag, label: tag.displayName, from: previous.id, to: leader.id }]
        : [];
    }),
    entered: kept.flatMap(({ tag, before }) => listDifference(tag, tag.models, before.models)),
    left: kept.flatMap(({ tag, before }) => listDifference(tag, before.models, tag.models)),
  };
}

function listDifference(tag: TagShare, these: { id: string }[], others: { id: string }[]) {
  const otherIds = new Set(others.map((model) => model.id));
  return these
    .filter((model) => !otherIds.has(model.id))
    .map((model) => ({ tag: tag.tag, label: tag.displayName, model: model.id }));
}

function shareMoves(
  scope: ShareMove["scope"],
  itemsOf: (snapshot: TaskDay) => ShareItem[],
  current: TaskDay,
  base: TaskDay,
  history: TaskDay[],
  days: number,
): ShareMove[] {
  const before = new Map(itemsOf(base).map((item) => [item.key, item]));
  const pairs = pairsApart(history, days).map(([earlier, later]) => ({
    earlier: new Map(itemsOf(earlier).map((item) => [item.key, item])),
    later: new Map(itemsOf(later).map((item) => [item.key, item])),
  }));
  return itemsOf(current).flatMap((item) => {
    const previous = before.get(item.key);
    if (!previous) return [];
    return SHARE_METRICS.map((metric) => {
      const from = shareOf(previous, metric);
      const to = shareOf(item, metric);
      const typical = typicalMove(
        pairs.flatMap(({ earlier, later }) => {
          const a = earlier.get(item.key);
          const b = later.get(item.key);
          return a && b
            ? [Math.abs(decimalDifference(shareOf(b, metric), shareOf(a, metric)))]
            : [];
        }),
      );
      const change = decimalDifference(to, from);
      const size = Math.abs(change);
      const verdict: ShareMove["verdict"] =
        size < SHOWN_STEP || (typical !== null && size <= typical)
          ? "normal"
          : typical === null
            ? "unjudged"
            : "notable";
      return {
        scope,
        key: item.key,
        label: item.label,
        metric,
        from,
        to,
        change,
        typical,
        verdict,
      };
    });
  });
}

/** Every pair of stored days exactly `days` apart. */
function pairsApart(history: TaskDay[], days: number): [TaskDay, TaskDay][] {
  const byDate = new Map(history.map((snapshot) => [snapshot.asOf, snapshot]));
  return history.flatMap((later) => {
    const earlier = byDate.get(addDays(later.asOf, -days));
    const pair: [TaskDay, TaskDay][] = earlier ? [[earlier, later]] : [];
    return pair;
  });
}

function typicalMove(moves: number[]): number | null {
  if (moves.length < MIN_PAIRS) return null;
  const sorted = [...moves].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

const VERDICT_ORDER: Record<ShareMove["verdict"], number> = { notable: 0, unjudged: 1, normal: 2 };

/** Notable moves by how many typical moves they are, then unjudged and normal ones by size. */
function byNews(a: ShareMove, b: ShareMove): number {
  const order = VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
  if (order !== 0) return order;
  if (a.verdict === "notable" && b.verdict === "notable") {
    return Math.abs(b.change) / (b.typical || 1e-9) - Math.abs(a.change) / (a.typical || 1e-9);
  }
  return Math.abs(b.change) - Math.abs(a.change);
}

/** A digest narrowed to one task: its own moves, leader, list changes, and whether it came or went. */
export function digestOfTask(digest: Digest, tag: string): Digest {
  return {
    ...digest,
    moves: digest.moves.filter((move) => move.scope === "task" && move.key === tag),
    newTasks: digest.newTasks.filter((item) => item.tag === tag),
    goneTasks: digest.goneTasks.filter((item) => item.tag === tag),
    newLeaders: digest.newLeaders.filter((item) => item.tag === tag),
    entered: digest.entered.filter((item) => item.tag === tag),
    left: digest.left.filter((item) => item.tag === tag),
  };
}
