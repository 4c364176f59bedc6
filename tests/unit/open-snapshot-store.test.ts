import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { openSnapshotStore } from "@/lib/data/store";
import { openPostgresDatabase } from "@/lib/data/store/database";
import type { SnapshotStore } from "@/lib/data/store/snapshot-store";

import { createDatabase } from "../support/postgres";
import { fixtureData } from "./fixture-helpers";
import { postgresServerUrl, requirePostgresUrl, STARTUP_TIMEOUT_MS } from "./test-databases";

// The store the app opens from its configuration: which driver, migrated, and whether what it
// stored is still there when the process starts again.

const FETCHED_AT = new Date("2026-11-21T06:30:00.000Z");
const NEXT_ATTEMPT_AT = new Date("2026-11-21T06:45:00.000Z");

let opened: SnapshotStore[] = [];
let tempDirs: string[] = [];

async function open(config: Parameters<typeof openSnapshotStore>[0]): Promise<SnapshotStore> {
  const store = await openSnapshotStore(config);
  opened.push(store);
  return store;
}

/** Saves a snapshot and a finished refresh, as a process would before it stops. */
async function recordOneRefresh(store: SnapshotStore) {
  await store.saveSnapshot({ data: fixtureData(), fetchedAt: FETCHED_AT });
  expect(await store.claimRefresh("first-process", FETCHED_AT, 15_000)).toBe(true);
  await store.finishRefresh("first-process", {
    ok: true,
    at: FETCHED_AT,
    nextAttemptAt: NEXT_ATTEMPT_AT,
  });
}

async function expectOneRefreshRecorded(store: SnapshotStore) {
  expect(await store.latestSnapshot()).toEqual({
    data: fixtureData(),
    fetchedAt: FETCHED_AT,
    origin: "live",
  });
  expect(await store.countSnapshots()).toBe(1);
  expect(await store.refreshState()).toEqual({
    nextAttemptAt: NEXT_ATTEMPT_AT,
    consecutiveFailures: 0,
    lastSuccessAt: FETCHED_AT,
    lastError: undefined,
  });
}

afterEach(async () => {
  await Promise.all(opened.map((store) => store.close()));
  opened = [];
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs = [];
});

describe("openSnapshotStore", () => {
  it(
    "opens the embedded database in DATA_DIR and finds its data again after a restart",
    async () => {
      const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "task-share-data-")), "data");
      tempDirs.push(path.dirname(dataDir));

      const first = await open({ databaseUrl: undefined, dataDir });
      expect(first.kind).toBe("embedded");
      expect(existsSync(dataDir)).toBe(true);
      await recordOneRefresh(first);
      await first.close();
      opened = opened.filter((store) => store !== first);

      const restarted = await open({ databaseUrl: undefined, dataDir });
      expect(restarted.kind).toBe("embedded");
      await expectOneRefreshRecorded(restarted);
    },
    2 * STARTUP_TIMEOUT_MS,
  );

  it.skipIf(postgresServerUrl === undefined)(
    "opens PostgreSQL when DATABASE_URL is set, migrated once for every replica",
    async () => {
      const databaseUrl = createDatabase(requirePostgresUrl(), "open_snapshot_store");
      const unusedDataDir = path.join(tmpdir(), "task-share-unused-data-dir");

      const first = await open({ databaseUrl, dataDir: unusedDataDir });
      expect(first.kind).toBe("postgres");
      await recordOneRefresh(first);

      const second = await open({ databaseUrl, dataDir: unusedDataDir });
      expect(second.kind).toBe("postgres");
      await expectOneRefreshRecorded(second);
      expect(existsSync(unusedDataDir)).toBe(false);

      const inspect = await openPostgresDatabase(databaseUrl);
      try {
        expect(await inspect.query("SELECT id FROM schema_migrations ORDER BY id")).toEqual([
          { id: 1 },
          { id: 2 },
          { id: 3 },
          { id: 4 },
          { id: 5 },
          { id: 6 },
          { id: 7 },
          { id: 8 },
          { id: 9 },
          { id: 10 },
        ]);
      } finally {
        await inspect.close();
      }
    },
    STARTUP_TIMEOUT_MS,
  );
});
