import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from "vitest";

import type { RawClassificationsData } from "@/lib/openrouter/schema";
import {
  createSnapshotRefresher,
  NoDataError,
  type DescribedError,
  type SnapshotRefresher,
} from "@/lib/data/refresh/snapshot-refresher";
import { createCallBudget } from "@/lib/data/refresh/call-budget";
import type { CallLimits } from "@/lib/data/store/call-log";
import type { Database } from "@/lib/data/store/database";
import { migrate } from "@/lib/data/store/migrations";
import {
  createSnapshotStore,
  type RefreshState,
  type SnapshotStore,
} from "@/lib/data/store/snapshot-store";

import { fixtureData, NEXT_DAY_FIXTURE } from "./fixture-helpers";
import { embeddedDatabases, STARTUP_TIMEOUT_MS } from "./test-databases";

// The refresher over a real (embedded) store, a fake clock and an upstream the test answers by
// hand, one call at a time.

const START = Date.parse("2026-11-24T02:00:00.000Z");
const WINDOW_MS = 60_000;
const LEASE_MS = 15_000;
/** How often a refresher asks the store whether a call is due (min(window, 5 s)). */
const SYNC_MS = 5_000;

const DAY_21 = fixtureData();
const DAY_22 = fixtureData(NEXT_DAY_FIXTURE);

const time = (ms: number) => new Date(START + ms);

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

/** Whether a promise has settled yet, without awaiting it. */
function watch(promise: Promise<unknown>) {
  const seen = { settled: false };
  promise.then(
    () => (seen.settled = true),
    () => (seen.settled = true),
  );
  return seen;
}

/** What the upstream client throws; describeError below maps it like lib/openrouter does. */
class FakeUpstreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

function describeError(error: unknown): DescribedError {
  if (error instanceof FakeUpstreamError) {
    return { code: error.code, message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  }
  return { code: "internal", message: "unexpected error while refreshing" };
}

type UpstreamCall = Deferred<RawClassificationsData> & { at: number; by: string };

/**
 * Store calls the test can wait out: the refresher's background sync hands back no promise, so
 * `idle()` waits until no store call is in flight and none starts within a turn of the event
 * loop. The sync is then either finished or waiting on an upstream call the test has not answered.
 */
function createTracker() {
  const inFlight = new Set<Promise<unknown>>();
  const claims: { holder: string; at: number }[] = [];

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    promise.then(
      () => inFlight.delete(promise),
      () => inFlight.delete(promise),
    );
    return promise;
  }

  function wrap(store: SnapshotStore): SnapshotStore {
    return {
      ...store,
      saveSnapshot: (snapshot) => track(store.saveSnapshot(snapshot)),
      latestSnapshot: (notAfter) => track(store.latestSnapshot(notAfter)),
      countSnapshots: () => track(store.countSnapshots()),
      claimRefresh: (holder, now, leaseMs) => {
        claims.push({ holder, at: now.getTime() - START });
        return track(store.claimRefresh(holder, now, leaseMs));
      },
      finishRefresh: (holder, outcome) => track(store.finishRefresh(holder, outcome)),
      postponeRefresh: (holder, nextAttemptAt) =>
        track(store.postponeRefresh(holder, nextAttemptAt)),
      refreshState: () => track(store.refreshState()),
    };
  }

  async function idle(): Promise<void> {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (inFlight.size === 0) return;
      await Promise.allSettled([...inFlight]);
    }
  }

  return { wrap, idle, claims, track };
}

const databases = embeddedDatabases();
let db: Database;
let consoleError: MockInstance<typeof console.error>;

beforeAll(() => databases.start(), STARTUP_TIMEOUT_MS);
afterAll(() => databases.stop());

beforeEach(async () => {
  db = await (await databases.freshSchema()).connect();
  await migrate(db);
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  // A sync that failed on the store would be logged here: none should.
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

/**
 * A fresh store on this test's schema, a clock at START, an upstream answered by hand and the
 * call budget (by default the provider's 30 a minute and 300 a day).
 */
function setup(limits: CallLimits = { perMinute: 30, perDay: 300 }) {
  const clock = { now: START };
  const tracker = createTracker();
  const store = createSnapshotStore(db);
  const budget = createCallBudget(store.callLog, limits, () => clock.now);
  const calls: UpstreamCall[] = [];
  const errors: unknown[] = [];

  /** One process: its own store handle, refresher and lease holder name. */
  function replica(holder: string): SnapshotRefresher {
    return createSnapshotRefresher({
      store: tracker.wrap(createSnapshotStore(db)),
      fetchLatest: () => {
        const call = { ...deferred<RawClassificationsData>(), at: clock.now - START, by: holder };
        calls.push(call);
        return call.promise;
      },
      takeCall: () => tracker.track(budget.take("tasks")),
      windowMs: WINDOW_MS,
      leaseMs: LEASE_MS,
      holder,
      describeError,
      onError: (error) => errors.push(error),
      now: () => clock.now,
    });
  }

  function call(index: number): UpstreamCall {
    const found = calls[index];
    if (!found) throw new Error(`upstream call ${index} never started (${calls.length} started)`);
    return found;
  }

  return {
    clock,
    store,
    calls,
    errors,
    replica,
    call,
    idle: tracker.idle,
    claims: tracker.claims,
    /** Offsets from START of every upstream call so far. */
    callTimes: () => calls.map((c) => c.at),
    at: (ms: number) => {
      clock.now = START + ms;
    },
  };
}

type Setup = ReturnType<typeof setup>;

/** A replica that fetched DAY_21 at START (so the next call is due at START + WINDOW_MS). */
async function loaded(t: Setup, holder = "replica-a") {
  const refresher = t.replica(holder);
  const first = refresher.get();
  await t.idle();
  t.call(t.calls.length - 1).resolve(DAY_21);
  expect(await first).toEqual({ data: DAY_21, fetchedAt: time(0), origin: "live" });
  return refresher;
}

/** Steps the clock from `from` to `to` (inclusive) getting from each replica at every step. */
async function getEvery(
  t: Setup,
  replicas: SnapshotRefresher[],
  from: number,
  to: number,
  step: number,
  expected: RawClassificationsData,
) {
  for (let ms = from; ms <= to; ms += step) {
    t.at(ms);
    for (const replica of replicas) expect((await replica.get()).data).toEqual(expected);
    await t.idle();
  }
}

function refreshState(fields: Partial<RefreshState>): RefreshState {
  return {
    nextAttemptAt: new Date(0),
    consecutiveFailures: 0,
    lastSuccessAt: undefined,
    lastError: undefined,
    ...fields,
  };
}

describe("createSnapshotRefresher: the first get", () => {
  it("waits for the one upstream call when nothing is stored and returns what it fetched", async () => {
    const t = setup();
    const refresher = t.replica("replica-a");
    const first = refresher.get();
    const progress = watch(first);
    await t.idle();
    expect(t.callTimes()).toEqual([0]);
    expect(progress.settled).toBe(false);

    t.at(1_500);
    t.call(0).resolve(DAY_21);
    expect(await first).toEqual({ data: DAY_21, fetchedAt: time(1_500), origin: "live" });
    expect(await t.store.latestSnapshot()).toEqual({
      data: DAY_21,
      fetchedAt: time(1_500),
      origin: "live",
    });
    expect(await t.store.countSnapshots()).toBe(1);
    const expected = refreshState({
      nextAttemptAt: time(1_500 + WINDOW_MS),
      lastSuccessAt: time(1_500),
    });
    expect(await t.store.refreshState()).toEqual(expected);
    expect(refresher.state()).toEqual(expected);
    expect(t.errors).toEqual([]);
  });

  it("shares one upstream call among concurrent first gets", async () => {
    const t = setup();
    const refresher = t.replica("replica-a");
    const gets = [refresher.get(), refresher.get(), refresher.get()];
    await t.idle();
    expect(t.callTimes()).toEqual([0]);
    t.call(0).resolve(DAY_21);
    const expected = { data: DAY_21, fetchedAt: time(0), origin: "live" as const };
    expect(await Promise.all(gets)).toEqual([expected, expected, expected]);
    await t.idle();
    expect(t.callTimes()).toEqual([0]);
  });

  it("serves the stored snapshot at once after a restart, while a due upstream call hangs", async () => {
    const t = setup();
    const yesterday = {
      data: DAY_21,
      fetchedAt: new Date("2026-11-23T01:00:00.000Z"),
      origin: "live" as const,
    };
    await t.store.saveSnapshot(yesterday);
    // The stored state says a call is due, and upstream will never answer it.
    expect(await t.store.refreshState()).toEqual(refreshState({}));

    const refresher = t.replica("replica-a");
    expect(await refresher.get()).toEqual(yesterday);
    await t.idle();
    expect(t.callTimes()).toEqual([0]);
    expect(await refresher.get()).toEqual(yesterday);
    t.at(30_000);
    expect(await refresher.get()).toEqual(yesterday);
    await t.idle();
    expect(t.callTimes()).toEqual([0]);
  });

  it("never serves a day stored later than tomorrow: the last plausible day stands", async () => {
    const t = setup();
    const good = { data: DAY_21, fetchedAt: time(-20_000), origin: "live" as const };
    await t.store.saveSnapshot(good);
    // Stored by an earlier version that did not refuse it.
    await t.store.saveSnapshot({
      data: { ...DAY_21, as_of: "2099-01-01" },
      fetchedAt: time(-10_000),
    });
    expect(await t.replica("replica-a").get()).toEqual(good);
  });

  it("serves the stored snapshot after a restart with no upstream call before the next is due", async () => {
    const t = setup();
    const stored = { data: DAY_21, fetchedAt: time(-20_000), origin: "live" as const };
    await t.store.saveSnapshot(stored);
    expect(await t.store.claimRefresh("previous-process", time(-20_000), LEASE_MS)).toBe(true);
    await t.store.finishRefresh("previous-process", {
      ok: true,
      at: time(-20_000),
      nextAttemptAt: time(30_000),
    });

    const refresher = t.replica("replica-a");
    await getEvery(t, [refresher], 0, 29_999, 1_000, DAY_21);
    expect(t.callTimes()).toEqual([]);
    expect(refresher.state()).toEqual(
      refreshState({ nextAttemptAt: time(30_000), lastSuccessAt: time(-20_000) }),
    );
    await getEvery(t, [refresher], 30_000, 30_000, 1, DAY_21);
    expect(t.callTimes()).toEqual([30_000]);
  });
});

describe("createSnapshotRefresher: refreshing", () => {
  it("makes no second upstream call within the window, however many gets", async () => {
    const t = setup();
    const refresher = await loaded(t);
    await getEvery(t, [refresher], 0, WINDOW_MS - 1, 250, DAY_21);
    expect(t.callTimes()).toEqual([0]);
  });

  it("asks the store whether a call is due at most once per sync interval", async () => {
    const t = setup();
    const refresher = await loaded(t);
    expect(t.claims).toEqual([{ holder: "replica-a", at: 0 }]);
    await getEvery(t, [refresher], 1, SYNC_MS - 1, 500, DAY_21);
    expect(t.claims).toHaveLength(1);
    await getEvery(t, [refresher], SYNC_MS, SYNC_MS, 1, DAY_21);
    expect(t.claims).toEqual([
      { holder: "replica-a", at: 0 },
      { holder: "replica-a", at: SYNC_MS },
    ]);
  });

  it("calls upstream once the window has passed, serving the held snapshot meanwhile", async () => {
    const t = setup();
    const refresher = await loaded(t);
    t.at(WINDOW_MS);
    expect(await refresher.get()).toEqual({ data: DAY_21, fetchedAt: time(0), origin: "live" });
    await t.idle();
    expect(t.callTimes()).toEqual([0, WINDOW_MS]);
    expect(await refresher.get()).toEqual({ data: DAY_21, fetchedAt: time(0), origin: "live" });

    t.at(WINDOW_MS + 800);
    t.call(1).resolve(DAY_22);
    await t.idle();
    expect(await refresher.get()).toEqual({
      data: DAY_22,
      fetchedAt: time(WINDOW_MS + 800),
      origin: "live",
    });
    expect(refresher.state()).toEqual(
      refreshState({
        nextAttemptAt: time(WINDOW_MS + 800 + WINDOW_MS),
        lastSuccessAt: time(WINDOW_MS + 800),
      }),
    );
    expect(await t.store.countSnapshots()).toBe(2);
  });

  it("keeps the snapshot when a refresh fails, records the error and waits a window", async () => {
    const t = setup();
    const refresher = await loaded(t);
    t.at(WINDOW_MS);
    await refresher.get();
    await t.idle();
    const failedAt = WINDOW_MS + 2_000;
    t.at(failedAt);
    const error = new FakeUpstreamError("http_error", "upstream answered 502");
    t.call(1).reject(error);
    await t.idle();

    expect(await refresher.get()).toEqual({ data: DAY_21, fetchedAt: time(0), origin: "live" });
    const expected = refreshState({
      nextAttemptAt: time(failedAt + WINDOW_MS),
      consecutiveFailures: 1,
      lastSuccessAt: time(0),
      lastError: { code: "http_error", message: "upstream answered 502", at: time(failedAt) },
    });
    expect(await t.store.refreshState()).toEqual(expected);
    expect(refresher.state()).toEqual(expected);
    expect(t.errors).toEqual([error]);

    // The failed attempt starts a new window: nothing until it has passed.
    await getEvery(t, [refresher], failedAt, failedAt + WINDOW_MS - 1, 1_000, DAY_21);
    expect(t.callTimes()).toEqual([0, WINDOW_MS]);
    await getEvery(t, [refresher], failedAt + WINDOW_MS, failedAt + WINDOW_MS, 1, DAY_21);
    expect(t.callTimes()).toEqual([0, WINDOW_MS, failedAt + WINDOW_MS]);
  });

  it("describes an unexpected error with the code describeError gives it", async () => {
    const t = setup();
    const refresher = await loaded(t);
    t.at(WINDOW_MS);
    await refresher.get();
    await t.idle();
    const error = new TypeError("cannot read properties of undefined");
    t.call(1).reject(error);
    await t.idle();
    expect(refresher.state()?.lastError).toEqual({
      code: "internal",
      message: "unexpected error while refreshing",
      at: time(WINDOW_MS),
    });
    expect(t.errors).toEqual([error]);
  });

  it("waits out a Retry-After longer than the window", async () => {
    const t = setup();
    const refresher = await loaded(t);
    t.at(WINDOW_MS);
    await refresher.get();
    await t.idle();
    t.call(1).reject(new FakeUpstreamError("rate_limited", "upstream answered 429", 300));
    await t.idle();
    expect(refresher.state()?.nextAttemptAt).toEqual(time(WINDOW_MS + 300_000));

    await getEvery(t, [refresher], WINDOW_MS, WINDOW_MS + 299_999, 5_000, DAY_21);
    await getEvery(t, [refresher], WINDOW_MS + 299_999, WINDOW_MS + 299_999, 1, DAY_21);
    expect(t.callTimes()).toEqual([0, WINDOW_MS]);
    await getEvery(t, [refresher], WINDOW_MS + 300_000, WINDOW_MS + 300_000, 1, DAY_21);
    expect(t.callTimes()).toEqual([0, WINDOW_MS, WINDOW_MS + 300_000]);
  });
});

describe("createSnapshotRefresher: the call budget", () => {
  it("postpones a due call until the budget frees up, with no error and no call", async () => {
    const t = setup({ perMinute: 30, perDay: 2 });
    const refresher = await loaded(t);
    t.at(WINDOW_MS);
    await refresher.get();
    await t.idle();
    t.call(1).resolve(DAY_22);
    await t.idle();

    // The day's two calls are spent: the next is due at the next UTC midnight, not a window on.
    const midnight = new Date("2026-11-25T00:00:00.000Z");
    await getEvery(t, [refresher], 2 * WINDOW_MS, 2 * WINDOW_MS, 1, DAY_22);
    expect(t.callTimes()).toEqual([0, WINDOW_MS]);
    expect(await t.store.refreshState()).toEqual(
      refreshState({ nextAttemptAt: midnight, lastSuccessAt: time(WINDOW_MS) }),
    );
    expect(t.errors).toEqual([]);

    t.clock.now = midnight.getTime();
    expect((await refresher.get()).data).toEqual(DAY_22);
    await t.idle();
    expect(t.calls).toHaveLength(3);
  });
});

describe("createSnapshotRefresher: nothing stored", () => {
  it("rejects with NoDataError when upstream fails, and records why", async () => {
    const t = setup();
    const refresher = t.replica("replica-a");
    const first = refresher.get();
    await t.idle();
    const error = new FakeUpstreamError("unauthorized", "upstream answered 401");
    t.call(0).reject(error);

    await expect(first).rejects.toBeInstanceOf(NoDataError);
    await expect(first).rejects.toThrow("no snapshot is stored yet and upstream has not answered");
    expect(refresher.state()).toEqual(
      refreshState({
        nextAttemptAt: time(5_000),
        consecutiveFailures: 1,
        lastError: { code: "unauthorized", message: "upstream answered 401", at: time(0) },
      }),
    );
    expect(t.errors).toEqual([error]);
    // Asking again at once answers at once, without another call.
    await expect(refresher.get()).rejects.toThrow(
      new NoDataError("no snapshot is stored yet and upstream has not answered"),
    );
    expect(t.callTimes()).toEqual([0]);
  });

  it("retries after 5 s, 10 s, 20 s, 40 s… up to the window, then serves the first success", async () => {
    const t = setup();
    const refresher = t.replica("replica-a");
    for (let ms = 0; ms <= 195_000; ms += 1_000) {
      t.at(ms);
      const result = refresher.get().then(
        () => "served",
        (error: unknown) => (error instanceof NoDataError ? "no data" : error),
      );
      await t.idle();
      for (const call of t.calls) call.reject(new FakeUpstreamError("network", "refused"));
      expect(await result).toBe("no data");
    }
    expect(t.callTimes()).toEqual([0, 5_000, 15_000, 35_000, 75_000, 135_000, 195_000]);
    expect(refresher.state()).toEqual(
      refreshState({
        nextAttemptAt: time(195_000 + WINDOW_MS),
        consecutiveFailures: 7,
        lastError: { code: "network", message: "refused", at: time(195_000) },
      }),
    );

    t.at(195_000 + WINDOW_MS);
    const recovered = refresher.get();
    await t.idle();
    t.call(7).resolve(DAY_21);
    expect(await recovered).toEqual({
      data: DAY_21,
      fetchedAt: time(195_000 + WINDOW_MS),
      origin: "live",
    });
    expect((await t.store.refreshState()).consecutiveFailures).toBe(0);
  });
});

describe("createSnapshotRefresher: two replicas sharing one store", () => {
  it("make one upstream call per window between them and serve what the other stored", async () => {
    const t = setup();
    const a = t.replica("replica-a");
    const b = t.replica("replica-b");

    // a makes the first call; b, finding the lease taken and nothing stored, has nothing to serve.
    const firstOfA = a.get();
    await t.idle();
    await expect(b.get()).rejects.toBeInstanceOf(NoDataError);
    await t.idle();
    expect(t.calls.map((c) => [c.by, c.at])).toEqual([["replica-a", 0]]);
    t.call(0).resolve(DAY_21);
    expect(await firstOfA).toEqual({ data: DAY_21, fetchedAt: time(0), origin: "live" });

    // b picks up a's snapshot at its next sync, without calling upstream.
    await expect(b.get()).rejects.toBeInstanceOf(NoDataError);
    t.at(SYNC_MS);
    expect(await b.get()).toEqual({ data: DAY_21, fetchedAt: time(0), origin: "live" });
    expect(b.state()).toEqual(
      refreshState({ nextAttemptAt: time(WINDOW_MS), lastSuccessAt: time(0) }),
    );
    await getEvery(t, [a, b], SYNC_MS, WINDOW_MS - 1, 1_000, DAY_21);
    expect(t.calls).toHaveLength(1);

    // This time b asks first once the window has passed, and a serves what b stored.
    t.at(WINDOW_MS);
    expect((await b.get()).data).toEqual(DAY_21);
    await t.idle();
    expect((await a.get()).data).toEqual(DAY_21);
    await t.idle();
    expect(t.calls.map((c) => [c.by, c.at])).toEqual([
      ["replica-a", 0],
      ["replica-b", WINDOW_MS],
    ]);
    t.call(1).resolve(DAY_22);
    await t.idle();
    expect(await b.get()).toEqual({ data: DAY_22, fetchedAt: time(WINDOW_MS), origin: "live" });
    // a last synced at WINDOW_MS, while b's call was out: it serves DAY_21 until its next sync.
    t.at(WINDOW_MS + SYNC_MS - 1);
    expect((await a.get()).data).toEqual(DAY_21);
    await t.idle();
    t.at(WINDOW_MS + SYNC_MS);
    expect((await a.get()).data).toEqual(DAY_21);
    await t.idle();
    expect(await a.get()).toEqual({ data: DAY_22, fetchedAt: time(WINDOW_MS), origin: "live" });

    // Both ask at the same instant when the next window ends: still one call.
    await getEvery(t, [a, b], WINDOW_MS + SYNC_MS, 2 * WINDOW_MS - 1, 1_000, DAY_22);
    t.at(2 * WINDOW_MS);
    await Promise.all([a.get(), b.get()]);
    await t.idle();
    expect(t.calls.map((c) => c.at)).toEqual([0, WINDOW_MS, 2 * WINDOW_MS]);
    expect(t.errors).toEqual([]);
  });

  it("let another replica try once the lease of a hung call has expired", async () => {
    const t = setup();
    const a = t.replica("replica-a");
    const b = t.replica("replica-b");
    const firstOfA = a.get();
    await t.idle();

    for (let ms = 0; ms < LEASE_MS; ms += SYNC_MS) {
      t.at(ms);
      await expect(b.get()).rejects.toBeInstanceOf(NoDataError);
    }
    expect(t.calls.map((c) => [c.by, c.at])).toEqual([["replica-a", 0]]);

    t.at(LEASE_MS);
    const firstOfB = b.get();
    await t.idle();
    expect(t.calls.map((c) => [c.by, c.at])).toEqual([
      ["replica-a", 0],
      ["replica-b", LEASE_MS],
    ]);
    t.call(1).resolve(DAY_21);
    expect(await firstOfB).toEqual({ data: DAY_21, fetchedAt: time(LEASE_MS), origin: "live" });

    // a's answer arrives late: the same day's figures keep b's first fetch time (a pinned day
    // never changes), and a's lease is gone, so the schedule is b's.
    t.at(LEASE_MS + 1_000);
    t.call(0).resolve(DAY_21);
    expect(await firstOfA).toEqual({ data: DAY_21, fetchedAt: time(LEASE_MS), origin: "live" });
    expect(await t.store.refreshState()).toEqual(
      refreshState({ nextAttemptAt: time(LEASE_MS + WINDOW_MS), lastSuccessAt: time(LEASE_MS) }),
    );
  });
});
