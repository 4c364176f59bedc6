import { TURN_RANGES, type SessionCostCell, type TurnRange } from "../model";

// The session costs as the /costs table shows them: one row per harness and model, the four
// turn ranges as columns. Each cell is upstream's median as published; nothing here adds or
// averages medians (a median of medians is not a median of sessions).

export type CostRow = {
  appSlug: string;
  appName: string;
  model: string;
  medians: Partial<Record<TurnRange, number>>;
};

export const COST_SORTS = ["harness", "model", ...TURN_RANGES] as const;
export type CostSort = (typeof COST_SORTS)[number];

export type CostFilter = {
  harness: string | null;
  model: string | null;
  /** One turn range: its column alone, and the rows that have it. */
  turns: TurnRange | null;
};

/** The cells as rows, in upstream's order of first appearance. */
export function costRows(cells: readonly SessionCostCell[]): CostRow[] {
  const rows = new Map<string, CostRow>();
  for (const cell of cells) {
    const key = `${cell.appSlug}\n${cell.model}`;
    const row = rows.get(key) ?? {
      appSlug: cell.appSlug,
      appName: cell.appName,
      model: cell.model,
      medians: {},
    };
    row.medians[cell.turnRange] = cell.medianUsd;
    rows.set(key, row);
  }
  return [...rows.values()];
}

export function filterCostRows(rows: readonly CostRow[], filter: CostFilter): CostRow[] {
  return rows.filter(
    (row) =>
      (filter.harness === null || row.appSlug === filter.harness) &&
      (filter.model === null || row.model === filter.model) &&
      (filter.turns === null || row.medians[filter.turns] !== undefined),
  );
}

/**
 * Harness or model alphabetically (the other as the tie-break), or a turn range's median from
 * the dearest down, as every figure column on the site sorts; rows without that cell last.
 */
export function sortCostRows(
  rows: readonly CostRow[],
  sort: CostSort,
  nameOf: (slug: string) => string,
): CostRow[] {
  const byHarness = (a: CostRow, b: CostRow) => a.appName.localeCompare(b.appName, "en");
  const byModel = (a: CostRow, b: CostRow) => nameOf(a.model).localeCompare(nameOf(b.model), "en");
  return [...rows].sort((a, b) => {
    if (sort === "harness") return byHarness(a, b) || byModel(a, b);
    if (sort === "model") return byModel(a, b) || byHarness(a, b);
    const left = a.medians[sort] ?? -1;
    const right = b.medians[sort] ?? -1;
    if (left !== right) return right - left;
    return byHarness(a, b) || byModel(a, b);
  });
}

/** The harnesses and models a snapshot names, for its filters: slug and name, by name. */
export function costChoices(rows: readonly CostRow[], nameOf: (slug: string) => string) {
  const harnesses = new Map(rows.map((row) => [row.appSlug, row.appName]));
  const models = new Map(rows.map((row) => [row.model, nameOf(row.model)]));
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], "en");
  return {
    harnesses: [...harnesses].sort(byName).map(([slug, name]) => ({ slug, name })),
    models: [...models].sort(byName).map(([slug, name]) => ({ slug, name })),
  };
}

/** US dollars as people read a median: cents (a tenth of a cent below $0.10), whole dollars from $100. */
export function formatUsd(value: number): string {
  const digits = value >= 100 ? 0 : value < 0.1 ? 3 : 2;
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: Math.min(digits, 2), maximumFractionDigits: digits })}`;
}
