import { describe, expect, it } from "vitest";

import {
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "@/lib/openrouter/schema";
import type { Database } from "@/lib/data/store/database";
import { migrate } from "@/lib/data/store/migrations";
import {
  createSnapshotStore,
  type AttemptOutcome,
  type RefreshState,
} from "@/lib/data/store/snapshot-store";

import { fixtureData, fixtureJson, NEXT_DAY_FIXTURE, valueAt, withChange } from "./fixture-helpers";
import { describeOnEveryDriver } from "./test-databases";

// The store's contract, run against both drivers: what the embedded database does, a PostgreSQL
// server shared by replicas must do too. The races only bite with real concurrent connections.

const T = Date.parse("2026-11-24T02:00:00.000Z");
const WINDOW_MS = 900_000;
const LEASE_MS = 15_000;

const at = (ms: number) => new Date(T + ms);

const INITIAL_STATE: RefreshState = {
  nextAttemptAt: new Date(0),
  consecutiveFailures: 0,
  lastSuccessAt: undefined,
  lastError: undefined,
};

function success(finishedMs: number, nextMs: number): AttemptOutcome {
  return { ok: true, at: at(finishedMs), nextAttemptAt: at(nextMs) };
}

function failure(
  finishedMs: number,
  nextMs: number,
  code: string,
  message: string,
): AttemptOutcome {
  return { ok: false, at: at(finishedMs), nextAttemptAt: at(nextMs), code, message };
}

/** The fixture with fields this code has never heard of, at the top and deep inside. */
function dataWithUnknownFields(): RawClassificationsData {
  let json = fixtureJson();
  json = withChange(json, ["data", "sampling"], { method: "stratified", rate: 0.015 });
  json = withChange(json, ["data", "classifications", 0, "confidence"], 0.87);
  json = withChange(json, ["data", "classifications", 1, "models", 0, "provider_count"], 4);
  json = withChange(json, ["data", "macro_categories", 0, "label"], 'Général ✓ "quoted"');
  return rawClassificationsResponseSchema.parse(json).data;
}

async function schemaMigrations(db: Database): Promise<unknown[]> {
  return db.query("SELECT id, name FROM schema_migrations ORDER BY id");
}

async function leaseRows(db: Database): Promise<unknown[]> {
  return db.query("SELECT job FROM refresh_jobs ORDER BY job");
}

const LEASE_ROWS = [
  { job: "apps" },
  { job: "catalogue" },
  { job: "rankings" },
  { job: "session-cost" },
  { job: "snapshots" },
];

describeOnEveryDriver(
  "snapshot store contract",
  "snapshot_store_contract",
  ({ connect, openStore }) => {
    describe("migrate", () => {
      it("records each migration once, however often it runs, and keeps the data", async () => {
        const db = await connect();
        await migrate(db);
        const store = createSnapshotStore(db);
        await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(0) });
        expect(await store.claimRefresh("a", at(0), LEASE_MS)).toBe(true);
        await store.finishRefresh("a", success(1_000, WINDOW_MS));

        await migrate(db);
        await migrate(db);

        expect(await schemaMigrations(db)).toEqual([
          { id: 1, name: "snapshots and shared refresh state" },
          { id: 2, name: "when each snapshot row was last written" },
          { id: 3, name: "where each snapshot row came from" },
          { id: 4, name: "webhook deliveries" },
          { id: 5, name: "upstream call budget" },
          { id: 6, name: "rankings dataset" },
          { id: 7, name: "model catalogue" },
          { id: 8, name: "one lease table" },
          { id: 9, name: "session costs" },
          { id: 10, name: "app rankings" },
        ]);
        expect(await leaseRows(db)).toEqual(LEASE_ROWS);
        expect(await store.countSnapshots()).toBe(1);
        expect(await store.latestSnapshot()).toEqual({
          data: fixtureData(),
          fetchedAt: at(0),
          origin: "live",
        });
        expect(await store.refreshState()).toEqual({
          nextAttemptAt: at(WINDOW_MS),
          consecutiveFailures: 0,
          lastSuccessAt: at(1_000),
          lastError: undefined,
        });
      });

      it("moves the task snapshots' schedule and lease into refresh_jobs as they stood", async () => {
        const db = await connect();
        await migrate(db, { through: 7 });
        await db.query(
          `UPDATE refresh_state SET next_attempt_at = $1, lease_holder = 'a', lease_expires_at = $2,
                  consecutive_failures = 2, last_error_at = $3, last_error_code = 'timeout',
                  last_error_message = 'no answer' WHERE id = 1`,
          [at(5_000), at(9_000), at(1_000)],
        );
        await migrate(db);
        const store = createSnapshotStore(db);
        expect(await store.refreshState()).toEqual({
          nextAttemptAt: at(5_000),
          consecutiveFailures: 2,
          lastSuccessAt: undefined,
          lastError: { code: "timeout", message: "no answer", at: at(1_000) },
        });
        // The lease held when the tables merged is still held: nobody else claims it.
        expect(await store.claimRefresh("b", at(6_000), LEASE_MS)).toBe(false);
        expect(await store.claimRefresh("b", at(9_000), LEASE_MS)).toBe(true);
      });

      it("applies each migration once when several connections migrate at the same time", async () => {
        const connections = await Promise.all([connect(), connect(), connect()]);
        await Promise.all(connections.map((db) => migrate(db)));
        for (const db of connections) {
          expect(await schemaMigrations(db)).toEqual([
            { id: 1, name: "snapshots and shared refresh state" },
            { id: 2, name: "when each snapshot row was last written" },
            { id: 3, name: "where each snapshot row came from" },
            { id: 4, name: "webhook deliveries" },
            { id: 5, name: "upstream call budget" },
            { id: 6, name: "rankings dataset" },
            { id: 7, name: "model catalogue" },
            { id: 8, name: "one lease table" },
            { id: 9, name: "session costs" },
            { id: 10, name: "app rankings" },
          ]);
          expect(await leaseRows(db)).toEqual(LEASE_ROWS);
        }
      });
    });

    describe("snapshots", () => {
      it("is empty before the first save", async () => {
        const store = await openStore();
        expect(await store.latestSnapshot()).toBeUndefined();
        expect(await store.countSnapshots()).toBe(0);
      });

      it("returns exactly the data and fetch time it saved, unknown fields included", async () => {
        const store = await openStore();
        const data = dataWithUnknownFields();
        const fetchedAt = new Date("2026-11-21T06:30:15.123Z");
        await store.saveSnapshot({ data, fetchedAt });

        const latest = await store.latestSnapshot();
        expect(latest).toStrictEqual({ data, fetchedAt, origin: "live" });
        const stored: unknown = latest?.data;
        expect(valueAt(stored, ["sampling"])).toEqual({ method: "stratified", rate: 0.015 });
        expect(valueAt(stored, ["classifications", 0, "confidence"])).toBe(0.87);
        expect(valueAt(stored, ["classifications", 1, "models", 0, "provider_count"])).toBe(4);
        expect(valueAt(stored, ["macro_categories", 0, "label"])).toBe('Général ✓ "quoted"');
        expect(await store.countSnapshots()).toBe(1);
      });

      it("replaces the snapshot of an as_of with a later save of the same as_of", async () => {
        const store = await openStore();
        await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(0) });
        const revised = rawClassificationsResponseSchema.parse(
          withChange(fixtureJson(), ["data", "classifications", 0, "usage_share"], 0.2),
        ).data;
        await store.saveSnapshot({ data: revised, fetchedAt: at(60_000) });

        expect(await store.latestSnapshot()).toStrictEqual({
          data: revised,
          fetchedAt: at(60_000),
          origin: "live",
        });
        expect(await store.countSnapshots()).toBe(1);
      });

      it("keeps a day's first fetch time when the same day is fetched again unchanged", async () => {
        const store = await openStore();
        await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(0) });
        await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(3_600_000) });
        expect(await store.latestSnapshot()).toStrictEqual({
          data: fixtureData(),
          fetchedAt: at(0),
          origin: "live",
        });
      });

      it("returns the greatest as_of as the latest, whatever order the saves came in", async () => {
        const store = await openStore();
        const nextDay = fixtureData(NEXT_DAY_FIXTURE);
        await store.saveSnapshot({ data: nextDay, fetchedAt: at(0) });
        expect(await store.countSnapshots()).toBe(1);
        // An older day fetched later (say, upstream served a cached answer) does not win.
        await store.saveSnapshot({ data: fixtureData(), fetchedAt: at(60_000) });

        expect(await store.latestSnapshot()).toStrictEqual({
          data: nextDay,
          fetchedAt: at(0),
          origin: "live",
        });
        expect(nextDay.as_of).toBe("2026-11-22");
        expect(await store.countSnapshots()).toBe(2);
      });
    });

    describe("origin", () => {
      it("keeps rows stored before the origin column as live", async () => {
        const db = await connect();
        await migrate(db);
        // A row as an older version wrote it: no origin given.
        await db.query("INSERT INTO snapshots (as_of, data, fetched_at) VALUES ($1, $2, $3)", [
          fixtureData().as_of,
          JSON.stringify(fixtureData()),
          at(0),
        ]);
        const store = createSnapshotStore(db);
        expect((await store.snapshotAt(fixtureData().as_of))?.origin).toBe("live");
      });

      it("marks imported days, tells new from replaced from kept, and a live fetch makes a day live again", async () => {
        const store = await openStore();
        const day = fixtureData();
        const nextDay = fixtureData(NEXT_DAY_FIXTURE);
        await store.saveSnapshot({ data: nextDay, fetchedAt: at(0) });

        expect(
          await store.importSnapshots([{ data: day, fetchedAt: at(-60_000) }], { replace: false }),
        ).toEqual({ saved: [day.as_of], replaced: [], skipped: [] });
        expect(await store.snapshotAt(day.as_of)).toStrictEqual({
          data: day,
          fetchedAt: at(-60_000),
          origin: "imported",
        });

        const both = [
          { data: day, fetchedAt: at(-30_000) },
          { data: nextDay, fetchedAt: at(-30_000) },
        ];
        expect(await store.importSnapshots(both, { replace: false })).toEqual({
          saved: [],
          replaced: [],
          skipped: [day.as_of, nextDay.as_of],
        });
        expect((await store.snapshotAt(nextDay.as_of))?.origin).toBe("live");

        expect(await store.importSnapshots(both, { replace: true })).toEqual({
          saved: [],
          replaced: [day.as_of, nextDay.as_of],
          skipped: [],
        });
        expect((await store.allSnapshots()).map((item) => item.origin)).toEqual([
          "imported",
          "imported",
        ]);

        await store.saveSnapshot({ data: day, fetchedAt: at(60_000) });
        expect(await store.snapshotAt(day.as_of)).toStrictEqual({
          data: day,
          fetchedAt: at(60_000),
          origin: "live",
        });
      });
    });

    describe("refresh lease", () => {
      it("starts due, unleased and with no history", async () => {
        const store = await openStore();
        expect(await store.refreshState()).toEqual(INITIAL_STATE);
        expect(await store.claimRefresh("a", at(0), LEASE_MS)).toBe(true);
      });

      it("is refused before the next attempt is due and granted from that instant", async () => {
        const store = await openStore();
        expect(await store.claimRefresh("a", at(0), LEASE_MS)).toBe(true);
        await store.finishRefresh("a", success(2_000, 2_000 + WINDOW_MS));

        expect(await store.claimRefresh("b", at(2_000 + WINDOW_MS - 1), LEASE_MS)).toBe(false);
        expect(await store.claimRefresh("a", at(2_000 + WINDOW_MS - 1), LEASE_MS)).toBe(false);
        expect(await store.claimRefresh("b", at(2_000 + WINDOW_MS), LEASE_MS)).toBe(true);
      });

      it("is refused while another holder's lease is live and granted once it expires", async () => {
        const store = await openStore();
        expect(await store.claimRefresh("a", at(0), LEASE_MS)).toBe(true);

        expect(await store.claimRefresh("b", at(1), LEASE_MS)).toBe(false);
        expect(await store.claimRefresh("b", at(LEASE_MS - 1), LEASE_MS)).toBe(false);
        // Holding the lease does not let its holder start a second attempt either.
        expect(await store.claimRefresh("a", at(1), LEASE_MS)).toBe(false);
        expect(await store.claimRefresh("b", at(LEASE_MS), LEASE_MS)).toBe(true);
        expect(await store.claimRefresh("c", at(LEASE_MS + 1), LEASE_MS)).toBe(false);
        expect(await store.refreshState()).toEqual(INITIAL_STATE);
      });

      it("records a success: failures reset, success time and next attempt set, lease released", async () => {
        const store = await openStore();
        expect(await store.claimRefresh("a", at(0), LEASE_MS)).toBe(true);
        await store.finishRefresh("a", failure(1_000, 6_000, "timeout", "no answer within 10 s"));
        expect(await store.claimRefresh("a", at(6_000), LEASE_MS)).toBe(true);
        await store.finishRefresh("a", success(7_500, 7_500));

        expect(await store.refreshState()).toEqual({
          nextAttemptAt: at(7_500),
          consecutiveFailures: 0,
          lastSuccessAt: at(7_500),
          // Kept for the record: the status compares its time with the last success.
          lastError: { code: "timeout", message: "no answer within 10 s", at: at(1_000) },
        });
        // a's lease would have run until 6_000 + LEASE_MS; finishing released it.
        expect(await store.claimRefresh("b", at(7_500), LEASE_MS)).toBe(true);
      });

      it("records failures: count up, last error's code, message and time, lease released", async () => {
        const store = await openStore();
        expect(await store.claimRefresh("a", at(0), LEASE_MS)).toBe(true);
        await store.finishRefresh("a", success(500, 1_000));
        expect(await store.claimRefresh("a", at(1_000), LEASE_MS)).toBe(true);
        await store.finishRefresh(
          "a",
          failure(2_000, 3_000, "http_error", "upstream answered 502"),
        );
        expect(await store.refreshState()).toEqual({
          nextAttemptAt: at(3_000),
          consecutiveFailures: 1,
          lastSuccessAt: at(500),
          lastError: { code: "http_error", message: "upstream answered 502", at: at(2_000) },
        });

        expect(await store.claimRefresh("b", at(3_000), LEASE_MS)).toBe(true);
        await store.finishRefresh("b", failure(4_000, 9_000, "rate_limited", "slow down"));
        expect(await store.refreshState()).toEqual({
          nextAttemptAt: at(9_000),
          consecutiveFailures: 2,
          lastSuccessAt: at(500),
          lastError: { code: "rate_limited", message: "slow down", at: at(4_000) },
        });
        expect(await store.claimRefresh("c", at(9_000), LEASE_MS)).toBe(true);
      });

      it("ignores a finish from a holder that does not hold the lease", async () => {
        const store = await openStore();
        await store.finishRefresh("a", success(0, WINDOW_MS));
        expect(await store.refreshState()).toEqual(INITIAL_STATE);

        expect(await store.claimRefresh("b", at(0), LEASE_MS)).toBe(true);
        await store.finishRefresh("a", failure(1_000, WINDOW_MS, "timeout", "late"));
        expect(await store.refreshState()).toEqual(INITIAL_STATE);
        // b's lease is untouched.
        expect(await store.claimRefresh("c", at(1_000), LEASE_MS)).toBe(false);

        // b's lease expires and c takes over; b's late answer changes nothing.
        expect(await store.claimRefresh("c", at(LEASE_MS), LEASE_MS)).toBe(true);
        await store.finishRefresh("b", success(LEASE_MS + 1, LEASE_MS + 1 + WINDOW_MS));
        expect(await store.refreshState()).toEqual(INITIAL_STATE);

        await store.finishRefresh("c", success(LEASE_MS + 2, LEASE_MS + 2 + WINDOW_MS));
        expect(await store.refreshState()).toEqual({
          nextAttemptAt: at(LEASE_MS + 2 + WINDOW_MS),
          consecutiveFailures: 0,
          lastSuccessAt: at(LEASE_MS + 2),
          lastError: undefined,
        });
      });

      it("lets exactly one of several stores racing at the same instant take the lease", async () => {
        const replicas = await Promise.all(
          ["replica-a", "replica-b", "replica-c"].map(async (holder) => ({
            holder,
            store: await openStore(),
          })),
        );
        for (let round = 0; round < 20; round += 1) {
          const now = round * 1_000;
          const granted = await Promise.all(
            replicas.map(({ holder, store }) => store.claimRefresh(holder, at(now), LEASE_MS)),
          );
          const winners = replicas.filter((_, index) => granted[index]);
          expect(winners).toHaveLength(1);
          for (const { holder, store } of winners) {
            await store.finishRefresh(holder, success(now, now + 1_000));
          }
        }
        expect(await replicas[0]?.store.refreshState()).toEqual({
          nextAttemptAt: at(20_000),
          consecutiveFailures: 0,
          lastSuccessAt: at(19_000),
          lastError: undefined,
        });
      });
    });
  },
);
