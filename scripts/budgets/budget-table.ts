// One row per measured figure, its budget beside it, and whether it holds. A figure without a
// budget (a baseline, a latency) is shown for context and never fails the check.

export type Budget = { atMost: number } | { atLeast: number };

export type BudgetRow = {
  figure: string;
  value: number;
  budget?: Budget;
  /** How the value and the budget read: "151.2 KiB", "0.97". */
  format: (value: number) => string;
};

export type Verdict = "pass" | "fail" | "info";

export function verdict(row: BudgetRow): Verdict {
  if (!row.budget) return "info";
  // A figure that could not be measured (NaN) compares false either way, so it fails.
  const holds =
    "atMost" in row.budget ? row.value <= row.budget.atMost : row.value >= row.budget.atLeast;
  return holds ? "pass" : "fail";
}

export function failures(rows: readonly BudgetRow[]): BudgetRow[] {
  return rows.filter((row) => verdict(row) === "fail");
}

function budgetText(row: BudgetRow): string {
  if (!row.budget) return "–";
  return "atMost" in row.budget
    ? `≤ ${row.format(row.budget.atMost)}`
    : `≥ ${row.format(row.budget.atLeast)}`;
}

const VERDICT_TEXT: Record<Verdict, string> = { pass: "pass", fail: "**FAIL**", info: "–" };

/** A markdown table: figure, measured, budget, result. */
export function budgetTable(rows: readonly BudgetRow[]): string {
  const lines = [
    "| figure | measured | budget | result |",
    "| --- | ---: | ---: | :---: |",
    ...rows.map(
      (row) =>
        `| ${row.figure} | ${row.format(row.value)} | ${budgetText(row)} | ${VERDICT_TEXT[verdict(row)]} |`,
    ),
  ];
  return lines.join("\n");
}
