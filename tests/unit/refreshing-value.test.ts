import { describe, expect, it } from "vitest";

import {
  createRefreshingValue,
  NoDataError,
  type RefreshingValueOptions,
} from "@/lib/refresh/refreshing-value";

const INTERVAL_MS = 60_000;

type Deferred<T> = {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
};

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (the background refresh has no promise to await). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

class RateLimited extends Error {
  constructor(readonly seconds: number) {
    super(`rate limited for ${seconds} s`);
  }
}

/**
 * A refreshing value over a fake clock whose loads are settled by the test: each call to `load`
 * takes the next deferred from `loads` (created on demand), so the test decides when and how.
 */
function setup(overrides: Partial<RefreshingValueOptions<string>> = {}) {
  const clock = { now: 1_000_000 };
  const loads: Deferred<string>[] = [];
  const errors: unknown[] = [];
  let calls = 0;
  const value = createRefreshingValue<string>({
    load: () => {
      calls += 1;
      const next = deferred<string>();
      loads.push(next);
      return next.promise;
    },
    intervalMs: INTERVAL_MS,
    retryAfterSeconds: (error) => (error instanceof RateLimited ? error.seconds : undefined),
    onError: (error) => errors.push(error),
    now: () => clock.now,
    ...overrides,
  });
  const load = (index: number): Deferred<string> => {
    const found = loads[index];
    if (!found) throw new Error(`load ${index} was never started (${loads.length} started)`);
    return found;
  };
  return {
    value,
    clock,
    load,
    errors,
    calls: () => calls,
    advance: (ms: number) => {
      clock.now += ms;
    },
  };
}

/** A value that has loaded "v1" at the start time. */
async function loaded(overrides: Partial<RefreshingValueOptions<string>> = {}) {
  const t = setup(overrides);
  const first = t.value.get();
  t.load(0).resolve("v1");
  await first;
  return t;
}

describe("createRefreshingValue: the first load", () => {
  it("makes the first get wait for the load", async () => {
    const t = setup();
    let result: string | undefined;
    const pending = t.value.get().then((value) => {
      result = value;
    });
    await settle();
    expect(result).toBeUndefined();
    expect(t.value.state().refreshing).toBe(true);
    t.load(0).resolve("v1");
    await pending;
    expect(result).toBe("v1");
    expect(t.value.state()).toEqual({
      value: "v1",
      loadedAt: 1_000_000,
      lastFailure: undefined,
      nextAttemptAt: 1_000_000 + INTERVAL_MS,
      refreshing: false,
    });
  });

  it("shares one load among concurrent first gets", async () => {
    const t = setup();
    const gets = [t.value.get(), t.value.get(), t.value.get()];
    expect(t.calls()).toBe(1);
    t.load(0).resolve("v1");
    expect(await Promise.all(gets)).toEqual(["v1", "v1", "v1"]);
    expect(t.calls()).toBe(1);
  });

  it("records loadedAt as the time the load finished", async () => {
    const t = setup();
    const pending = t.value.get();
    t.advance(1_500);
    t.load(0).resolve("v1");
    await pending;
    expect(t.value.state().loadedAt).toBe(1_001_500);
    expect(t.value.state().nextAttemptAt).toBe(1_001_500 + INTERVAL_MS);
  });

  it("starts with an empty state", () => {
    const t = setup();
    expect(t.value.state()).toEqual({
      value: undefined,
      loadedAt: undefined,
      lastFailure: undefined,
      nextAttemptAt: 0,
      refreshing: false,
    });
    expect(t.calls()).toBe(0);
  });
});

describe("createRefreshingValue: refreshing a held value", () => {
  it("does not refresh before intervalMs has passed", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS - 1);
    expect(await t.value.get()).toBe("v1");
    expect(await t.value.get()).toBe("v1");
    expect(t.calls()).toBe(1);
    expect(t.value.state().refreshing).toBe(false);
  });

  it("returns the held value at once while exactly one background refresh runs", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    expect(await t.value.get()).toBe("v1");
    expect(t.calls()).toBe(2);
    expect(t.value.state().refreshing).toBe(true);
    expect(await t.value.get()).toBe("v1");
    expect(await t.value.get()).toBe("v1");
    expect(t.calls()).toBe(2);

    t.advance(2_000);
    t.load(1).resolve("v2");
    await settle();
    expect(await t.value.get()).toBe("v2");
    expect(t.value.state()).toEqual({
      value: "v2",
      loadedAt: 1_000_000 + INTERVAL_MS + 2_000,
      lastFailure: undefined,
      nextAttemptAt: 1_000_000 + INTERVAL_MS + 2_000 + INTERVAL_MS,
      refreshing: false,
    });
    expect(t.calls()).toBe(2);
  });

  it("refreshes again only once the next interval has passed", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.load(1).resolve("v2");
    await settle();
    t.advance(INTERVAL_MS - 1);
    expect(await t.value.get()).toBe("v2");
    expect(t.calls()).toBe(2);
    t.advance(1);
    expect(await t.value.get()).toBe("v2");
    expect(t.calls()).toBe(3);
  });

  it("keeps the old value and records lastFailure when a refresh fails", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    const failure = new Error("upstream 500");
    t.advance(300);
    t.load(1).reject(failure);
    await settle();
    expect(await t.value.get()).toBe("v1");
    expect(t.value.state()).toEqual({
      value: "v1",
      loadedAt: 1_000_000,
      lastFailure: { error: failure, at: 1_000_000 + INTERVAL_MS + 300 },
      nextAttemptAt: 1_000_000 + INTERVAL_MS + 300 + INTERVAL_MS,
      refreshing: false,
    });
    expect(t.errors).toEqual([failure]);
  });

  it("counts a failed attempt toward the interval: no second call inside the window", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.load(1).reject(new Error("down"));
    await settle();
    for (const step of [1, 1_000, 30_000, INTERVAL_MS - 31_001 - 1]) {
      t.advance(step);
      expect(await t.value.get()).toBe("v1");
    }
    expect(t.calls()).toBe(2);
    t.advance(1);
    await t.value.get();
    expect(t.calls()).toBe(3);
  });

  it("counts the interval from the end of a slow attempt, so calls are never closer", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.advance(10_000);
    t.load(1).resolve("v2");
    await settle();
    expect(t.value.state().nextAttemptAt).toBe(1_000_000 + 2 * INTERVAL_MS + 10_000);
    t.advance(INTERVAL_MS - 1);
    expect(await t.value.get()).toBe("v2");
    expect(t.calls()).toBe(2);
    t.advance(1);
    expect(await t.value.get()).toBe("v2");
    expect(t.calls()).toBe(3);
  });

  it("starts no second load while a refresh is in flight, however late it runs", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.advance(5 * INTERVAL_MS);
    expect(await t.value.get()).toBe("v1");
    expect(await t.value.get()).toBe("v1");
    expect(t.calls()).toBe(2);
    expect(t.value.state().refreshing).toBe(true);
  });

  it("clears lastFailure after a later successful refresh", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.load(1).reject(new Error("down"));
    await settle();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.load(2).resolve("v3");
    await settle();
    expect(t.value.state().lastFailure).toBeUndefined();
    expect(await t.value.get()).toBe("v3");
  });

  it("pushes nextAttemptAt back by a Retry-After longer than the interval", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    const failedAt = t.clock.now + 100;
    t.advance(100);
    t.load(1).reject(new RateLimited(300));
    await settle();
    expect(t.value.state().nextAttemptAt).toBe(failedAt + 300_000);
    t.advance(300_000 - 1);
    await t.value.get();
    expect(t.calls()).toBe(2);
    t.advance(1);
    await t.value.get();
    expect(t.calls()).toBe(3);
  });

  it("keeps the interval when Retry-After is shorter than it", async () => {
    const t = await loaded();
    t.advance(INTERVAL_MS);
    await t.value.get();
    t.load(1).reject(new RateLimited(5));
    await settle();
    expect(t.value.state().nextAttemptAt).toBe(1_000_000 + 2 * INTERVAL_MS);
  });
});

describe("createRefreshingValue: failures with no data", () => {
  it("throws NoDataError, with the load's error as cause, when the first load fails", async () => {
    const t = setup();
    const pending = t.value.get();
    const failure = new Error("connection refused");
    t.load(0).reject(failure);
    const error: unknown = await pending.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(NoDataError);
    expect(error).toMatchObject({
      name: "NoDataError",
      message: "no data has been loaded yet",
      cause: failure,
    });
    expect(t.value.state().lastFailure).toEqual({ error: failure, at: 1_000_000 });
    expect(t.errors).toEqual([failure]);
  });

  it("rejects every concurrent first get with NoDataError after one failed load", async () => {
    const t = setup();
    const gets = [t.value.get(), t.value.get()];
    t.load(0).reject(new Error("down"));
    const results = await Promise.allSettled(gets);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(
      results.map((result) =>
        result.status === "rejected" ? result.reason instanceof NoDataError : false,
      ),
    ).toEqual([true, true]);
    expect(t.calls()).toBe(1);
  });

  it("backs off 5 s, 10 s, 20 s, 40 s, then caps at intervalMs", async () => {
    const t = setup();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const startedAt = t.clock.now;
      const pending = t.value.get();
      expect(t.calls()).toBe(attempt + 1);
      t.load(attempt).reject(new Error(`down ${attempt}`));
      await expect(pending).rejects.toBeInstanceOf(NoDataError);
      const wait = t.value.state().nextAttemptAt - startedAt;
      waits.push(wait);

      // Inside the back-off, get fails at once without calling load.
      t.advance(wait - 1);
      await expect(t.value.get()).rejects.toBeInstanceOf(NoDataError);
      expect(t.calls()).toBe(attempt + 1);
      t.advance(1);
    }
    expect(waits).toEqual([5_000, 10_000, 20_000, 40_000, INTERVAL_MS, INTERVAL_MS]);
  });

  it("lets a Retry-After longer than the back-off win", async () => {
    const t = setup();
    const pending = t.value.get();
    t.load(0).reject(new RateLimited(30));
    await expect(pending).rejects.toBeInstanceOf(NoDataError);
    expect(t.value.state().nextAttemptAt).toBe(1_000_000 + 30_000);
  });

  it("resets the back-off after a success", async () => {
    const t = setup({ intervalMs: 1_000_000 });
    const first = t.value.get();
    t.load(0).reject(new Error("down"));
    await expect(first).rejects.toBeInstanceOf(NoDataError);
    t.advance(5_000);
    const second = t.value.get();
    t.load(1).resolve("v1");
    expect(await second).toBe("v1");
    expect(t.value.state().nextAttemptAt).toBe(1_005_000 + 1_000_000);
    expect(t.value.state().lastFailure).toBeUndefined();
  });

  it("loads once and never again with an infinite interval", async () => {
    const t = setup({ intervalMs: Number.POSITIVE_INFINITY });
    const first = t.value.get();
    t.load(0).resolve("sample");
    expect(await first).toBe("sample");
    t.advance(365 * 24 * 3_600_000);
    expect(await t.value.get()).toBe("sample");
    expect(t.calls()).toBe(1);
  });
});

describe("createRefreshingValue: defaults", () => {
  it("uses Date.now when no clock is given", async () => {
    const before = Date.now();
    const value = createRefreshingValue({ load: async () => 42, intervalMs: INTERVAL_MS });
    expect(await value.get()).toBe(42);
    const after = Date.now();
    const { loadedAt, nextAttemptAt } = value.state();
    expect(loadedAt).toBeGreaterThanOrEqual(before);
    expect(loadedAt).toBeLessThanOrEqual(after);
    expect(nextAttemptAt).toBeGreaterThanOrEqual(before + INTERVAL_MS);
    expect(nextAttemptAt).toBeLessThanOrEqual(after + INTERVAL_MS);
  });

  it("works without retryAfterSeconds and onError", async () => {
    const failure = new Error("down");
    const value = createRefreshingValue<number>({
      load: () => Promise.reject(failure),
      intervalMs: INTERVAL_MS,
      now: () => 0,
    });
    await expect(value.get()).rejects.toBeInstanceOf(NoDataError);
    expect(value.state().lastFailure).toEqual({ error: failure, at: 0 });
    expect(value.state().nextAttemptAt).toBe(5_000);
  });
});
