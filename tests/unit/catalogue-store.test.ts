import { expect, it, vi } from "vitest";

import { DAILY_INTERVAL_MS, createDailyJob, type BeforeCall } from "@/lib/data/refresh/daily-job";
import { CallBudgetSpentError } from "@/lib/openrouter/catalogue";
import { validCatalogueModels, type RawCatalogueModel } from "@/lib/openrouter/catalogue-schema";
import { UpstreamError } from "@/lib/openrouter/errors";

import { readCatalogueModels } from "../support/fake-catalogue";
import { describeOnEveryDriver } from "./test-databases";

// The stored catalogue (migration 7) and its daily refresher, on both drivers: pages never wait
// for upstream, a restart serves the stored catalogue at once, a failure keeps it, and one
// call a day is the most any number of replicas make.

const T = Date.parse("2026-11-24T02:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const MODELS = validCatalogueModels(readCatalogueModels()).models;

function describe(error: unknown) {
  if (error instanceof CallBudgetSpentError) return { code: "budget", message: error.message };
  if (error instanceof UpstreamError) return { code: error.failure, message: error.message };
  return { code: "internal", message: "unexpected" };
}

/** An upstream answered by hand, one call at a time. */
function handUpstream() {
  const calls: { resolve: (models: RawCatalogueModel[]) => void; reject: (e: unknown) => void }[] =
    [];
  return {
    calls,
    fetch: (beforeCall: BeforeCall) =>
      beforeCall().then((allowed) => {
        if (!allowed) throw new CallBudgetSpentError("spent");
        return new Promise<RawCatalogueModel[]>((resolve, reject) =>
          calls.push({ resolve, reject }),
        );
      }),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

describeOnEveryDriver("model catalogue", "model_catalogue", ({ openStore }) => {
  it("serves nothing at once while the first call runs, then the stored catalogue", async () => {
    const store = await openStore();
    let now = T;
    const upstream = handUpstream();
    const refresher = createDailyJob({
      store: store.catalogue,
      name: "model catalogue",
      fetch: upstream.fetch,
      beforeCall: async () => true,
      holder: "a",
      leaseMs: 30_000,
      describeError: describe,
      now: () => now,
    });

    expect(await refresher.get()).toBeUndefined();
    await vi.waitFor(() => expect(upstream.calls).toHaveLength(1));
    expect(await refresher.get()).toBeUndefined(); // still waiting on upstream: not blocked
    upstream.calls[0]?.resolve(MODELS);
    await flush();
    now += 61_000; // the next look in the store
    await refresher.get();
    await flush();
    const held = await refresher.get();
    expect(held?.models).toEqual(MODELS);
    expect(held?.fetchedAt).toEqual(new Date(T));
    expect((await store.catalogue.state()).nextAttemptAt).toEqual(new Date(T + DAILY_INTERVAL_MS));

    // A restart (or a second replica) serves it at once and makes no call before the day is up.
    const upstreamB = handUpstream();
    const restarted = createDailyJob({
      store: store.catalogue,
      name: "model catalogue",
      fetch: upstreamB.fetch,
      beforeCall: async () => true,
      holder: "b",
      leaseMs: 30_000,
      describeError: describe,
      now: () => now,
    });
    expect((await restarted.get())?.models).toEqual(MODELS);
    await flush();
    expect(upstreamB.calls).toHaveLength(0);
  });

  it("keeps the last catalogue through a failure and tries again a day later", async () => {
    const store = await openStore();
    const db = store.catalogue;
    expect(await db.claim("seed", new Date(T), 30_000)).toBe(true);
    await db.finish("seed", {
      ok: true,
      at: new Date(T),
      nextAttemptAt: new Date(T + DAILY_INTERVAL_MS),
      fetched: MODELS,
    });
    let now = T + DAILY_INTERVAL_MS;
    const upstream = handUpstream();
    const errors: unknown[] = [];
    const refresher = createDailyJob({
      store: db,
      name: "model catalogue",
      fetch: upstream.fetch,
      beforeCall: async () => true,
      holder: "a",
      leaseMs: 30_000,
      describeError: describe,
      onError: (error) => errors.push(error),
      now: () => now,
    });
    expect((await refresher.get())?.models).toEqual(MODELS);
    await vi.waitFor(() => expect(upstream.calls).toHaveLength(1));
    upstream.calls[0]?.reject(new UpstreamError("http_error", "upstream answered HTTP 500"));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    now += 61_000;
    expect((await refresher.get())?.models).toEqual(MODELS);
    const state = await db.state();
    expect(state.lastError).toMatchObject({ code: "http_error" });
    expect(state.nextAttemptAt).toEqual(new Date(T + 2 * DAILY_INTERVAL_MS));
    expect(await db.read()).toMatchObject({ models: MODELS, fetchedAt: new Date(T) });
  });

  it("while nothing is stored, retries a failure in minutes, doubling, not a day later", async () => {
    const store = await openStore();
    let now = T;
    const upstream = handUpstream();
    const errors: unknown[] = [];
    const refresher = createDailyJob({
      store: store.catalogue,
      name: "model catalogue",
      fetch: upstream.fetch,
      beforeCall: async () => true,
      holder: "a",
      leaseMs: 30_000,
      describeError: describe,
      onError: (error) => errors.push(error),
      now: () => now,
    });
    const MINUTE = 60_000;
    for (const [attempt, waitMinutes] of [2, 4, 8].entries()) {
      await refresher.get();
      await vi.waitFor(() => expect(upstream.calls).toHaveLength(attempt + 1));
      upstream.calls[attempt]?.reject(new UpstreamError("timeout", "no answer"));
      await vi.waitFor(() => expect(errors).toHaveLength(attempt + 1));
      expect((await store.catalogue.state()).nextAttemptAt).toEqual(
        new Date(now + waitMinutes * MINUTE),
      );
      now += waitMinutes * MINUTE;
    }
  });

  it("asks again within the hour when the budget refused, as no call was made", async () => {
    const store = await openStore();
    const upstream = handUpstream();
    const errors: unknown[] = [];
    const refresher = createDailyJob({
      store: store.catalogue,
      name: "model catalogue",
      fetch: upstream.fetch,
      beforeCall: async () => false,
      holder: "a",
      leaseMs: 30_000,
      describeError: describe,
      onError: (error) => errors.push(error),
      now: () => T,
    });
    expect(await refresher.get()).toBeUndefined();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(upstream.calls).toHaveLength(0);
    expect((await store.catalogue.state()).nextAttemptAt).toEqual(new Date(T + HOUR));
  });

  it("lets one holder at a time take the lease", async () => {
    const { catalogue } = await openStore();
    expect(await catalogue.claim("a", new Date(T), 30_000)).toBe(true);
    expect(await catalogue.claim("b", new Date(T + 1_000), 30_000)).toBe(false);
    expect(await catalogue.claim("b", new Date(T + 31_000), 30_000)).toBe(true);
    expect(await catalogue.read()).toBeUndefined();
    expect(await catalogue.revision()).toBe("-");
  });
});
