import { expect, it } from "vitest";

import { createCallBudget, limitsFor } from "@/lib/data/refresh/call-budget";

import { describeOnEveryDriver } from "./test-databases";

// The one call budget every upstream call takes from, on both drivers; with PostgreSQL, two
// replicas (two stores on two pools) share it.

const T = Date.parse("2026-11-24T02:00:00.000Z");
const LIMITS = { perMinute: 30, perDay: 300 };

it("leaves the tasks a sixth of each minute and a third of each day", () => {
  expect(limitsFor("tasks", LIMITS)).toEqual(LIMITS);
  expect(limitsFor("rankings", LIMITS)).toEqual({ perMinute: 25, perDay: 200 });
  expect(limitsFor("catalogue", { perMinute: 2, perDay: 3 })).toEqual({ perMinute: 1, perDay: 2 });
});

describeOnEveryDriver("the call budget", "call_budget", ({ openStore }) => {
  it("grants 30 calls a minute and says when the next one is free", async () => {
    const clock = { now: T };
    const budget = createCallBudget((await openStore()).callLog, LIMITS, () => clock.now);
    for (let call = 0; call < 30; call += 1) {
      clock.now = T + call * 1_000;
      expect(await budget.take("tasks")).toEqual({ granted: true });
    }
    clock.now = T + 30_000;
    expect(await budget.take("tasks")).toEqual({ granted: false, retryAt: new Date(T + 60_000) });
    clock.now = T + 60_000;
    expect(await budget.take("tasks")).toEqual({ granted: true });
    expect(await budget.take("tasks")).toEqual({
      granted: false,
      retryAt: new Date(T + 61_000),
    });
    expect(await budget.usage()).toEqual({ lastMinute: 30, today: 31 });
  });

  it("stops the rankings short of the limits, so the tasks still get their calls", async () => {
    const clock = { now: T };
    const budget = createCallBudget((await openStore()).callLog, LIMITS, () => clock.now);
    const grants = [];
    for (let call = 0; call < 30; call += 1) grants.push(await budget.take("rankings"));
    expect(grants.filter((grant) => grant.granted)).toHaveLength(25);
    for (let call = 0; call < 5; call += 1) {
      expect(await budget.take("tasks")).toEqual({ granted: true });
    }
    expect((await budget.take("tasks")).granted).toBe(false);
  });

  it("keeps a daily ceiling, counted per UTC day, free again at midnight", async () => {
    const clock = { now: T };
    const limits = { perMinute: 30, perDay: 9 };
    const budget = createCallBudget((await openStore()).callLog, limits, () => clock.now);
    const midnight = new Date("2026-11-25T00:00:00.000Z");
    for (let call = 0; call < 6; call += 1) {
      clock.now = T + call * 600_000;
      expect(await budget.take("rankings")).toEqual({ granted: true });
    }
    expect(await budget.take("rankings")).toEqual({ granted: false, retryAt: midnight });
    for (let call = 0; call < 3; call += 1) {
      expect(await budget.take("tasks")).toEqual({ granted: true });
    }
    expect(await budget.take("tasks")).toEqual({ granted: false, retryAt: midnight });
    clock.now = midnight.getTime();
    expect(await budget.take("tasks")).toEqual({ granted: true });
    expect(await budget.usage()).toEqual({ lastMinute: 1, today: 1 });
  });

  it("is one budget for every replica: concurrent calls never pass the limit", async () => {
    const [first, second] = await Promise.all([openStore(), openStore()]);
    const replicas = [first, second].map((store) =>
      createCallBudget(store.callLog, LIMITS, () => T),
    );
    const grants = await Promise.all(
      Array.from({ length: 40 }, (_, index) => replicas[index % 2]?.take("tasks")),
    );
    expect(grants.filter((grant) => grant?.granted)).toHaveLength(30);
    expect(await replicas[0]?.usage()).toEqual({ lastMinute: 30, today: 30 });
  });
});
