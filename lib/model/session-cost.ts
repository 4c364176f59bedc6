import type { DataSource } from "./task-day";

// OpenRouter's session-cost dataset (GET /datasets/session-cost) as every reader and page sees
// it: weekly refreshed cells, each the median USD one session cost for one harness (an agent
// app) with one model, by how many turns the session had. A median is not a sum: cells are
// never added or averaged together.

/** Upstream's turn ranges, shortest first: the columns of every costs table. */
export const TURN_RANGES = ["1-turn", "2-9-turns", "10-49-turns", "50-plus-turns"] as const;

export type TurnRange = (typeof TURN_RANGES)[number];

export const TURN_RANGE_LABELS: Record<TurnRange, string> = {
  "1-turn": "1 turn",
  "2-9-turns": "2–9 turns",
  "10-49-turns": "10–49 turns",
  "50-plus-turns": "50+ turns",
};

/** One published cell: a harness, a model (its dated slug) and a turn range. */
export type SessionCostCell = {
  appSlug: string;
  appName: string;
  model: string;
  turnRange: TurnRange;
  /** USD, the median over the window's sessions, exactly as upstream sent it. */
  medianUsd: number;
};

/** One published snapshot: every cell, and the sessions' window. */
export type SessionCosts = {
  cells: SessionCostCell[];
  asOf: string;
  windowDays: number;
  windowEndDate: string;
  source: DataSource;
  fetchedAt: string;
};

/** Whether costs can be shown, and if not, why (the pages' notice). */
export type SessionCostsState =
  | { state: "published"; costs: SessionCosts }
  /** Upstream answered, with no snapshot yet: normal, not a fault. */
  | { state: "unpublished"; checkedAt: Date }
  | { state: "fetching" }
  | { state: "failing"; message: string; nextAttemptAt?: Date };
