import { describe, expect, it } from "vitest";

import { takeCallWaiting, type CallBudget, type CallGrant } from "@/lib/data/refresh/call-budget";

// A walk of several pages (the catalogue) waits out the per-minute limit, keeping its pages,
// and stops only at the daily one.

function budgetAnswering(grants: CallGrant[]): CallBudget & { asked: number } {
  const budget = {
    asked: 0,
    limits: { perMinute: 30, perDay: 300 },
    take: async () => {
      budget.asked += 1;
      return grants.shift() ?? { granted: true };
    },
    usage: async () => ({ lastMinute: 0, today: 0 }),
  };
  return budget;
}

describe("takeCallWaiting", () => {
  it("waits until a per-minute refusal frees up, then takes the call", async () => {
    const budget = budgetAnswering([{ granted: false, retryAt: new Date(Date.now() + 50) }]);
    const started = Date.now();
    expect(await takeCallWaiting(budget, "catalogue")).toBe(true);
    expect(budget.asked).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it("gives up at once when the refusal lasts past a minute (the daily limit)", async () => {
    const budget = budgetAnswering([{ granted: false, retryAt: new Date(Date.now() + 3_600_000) }]);
    expect(await takeCallWaiting(budget, "catalogue")).toBe(false);
    expect(budget.asked).toBe(1);
  });
});
