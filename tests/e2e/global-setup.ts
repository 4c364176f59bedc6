import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { startFakeUpstream } from "../support/fake-upstream";
import { fixturePath, HISTORY_FIXTURES, runImport } from "../support/import-snapshots";
import { startNextServer } from "../support/next-server";
import { createDatabase, startPostgres } from "../support/postgres";
import { TEST_API_KEY } from "../support/test-key";

// Production servers from one build, each with its own fake upstream and its own store:
// - live:     the key set, default refresh window (stable data for most assertions);
// - sample:   no key, so the bundled sample snapshot;
// - refresh:  a 2 s window, for the revalidation and live-refresh tests;
// - faults:   a 2 s window and a 1 s upstream timeout, for the upstream fault tests;
// - replica-a and replica-b: two processes sharing one real PostgreSQL and one fake upstream;
// - history:  a store seeded with `npm run import` before start: five days with gaps, the
//             newest the same 2026-11-21 its upstream serves.
export default async function globalSetup() {
  const results = path.join(__dirname, "..", "..", "test-results");
  const stores = path.join(results, "stores");
  rmSync(stores, { recursive: true, force: true });
  mkdirSync(stores, { recursive: true });
  const dataDir = (name: string) => path.join(stores, name);

  const seeded = runImport(HISTORY_FIXTURES.map(fixturePath), { DATA_DIR: dataDir("history") });
  if (seeded.status !== 0) {
    throw new Error(`seeding the history store failed:\n${seeded.stdout}${seeded.stderr}`);
  }

  const [
    liveUpstream,
    refreshUpstream,
    faultsUpstream,
    replicaUpstream,
    historyUpstream,
    postgres,
  ] = await Promise.all([
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startPostgres(),
  ]);
  const replicaDatabase = createDatabase(postgres.url, "replicas");
  const live = (baseUrl: string) => ({
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: baseUrl,
  });

  const servers = await Promise.all([
    startNextServer("live", { ...live(liveUpstream.baseUrl), DATA_DIR: dataDir("live") }),
    startNextServer("sample", { DATA_DIR: dataDir("sample") }),
    startNextServer("refresh", {
      ...live(refreshUpstream.baseUrl),
      DATA_DIR: dataDir("refresh"),
      REVALIDATE_SECONDS: "2",
    }),
    startNextServer("faults", {
      ...live(faultsUpstream.baseUrl),
      DATA_DIR: dataDir("faults"),
      REVALIDATE_SECONDS: "2",
      UPSTREAM_TIMEOUT_MS: "1000",
    }),
    startNextServer("replica-a", {
      ...live(replicaUpstream.baseUrl),
      DATABASE_URL: replicaDatabase,
      REVALIDATE_SECONDS: "2",
    }),
    startNextServer("replica-b", {
      ...live(replicaUpstream.baseUrl),
      DATABASE_URL: replicaDatabase,
      REVALIDATE_SECONDS: "2",
    }),
    startNextServer("history", {
      ...live(historyUpstream.baseUrl),
      DATA_DIR: dataDir("history"),
    }),
  ]);
  const [liveServer, sample, refresh, faults, replicaA, replicaB, history] = servers;

  Object.assign(process.env, {
    LIVE_URL: liveServer.url,
    LIVE_LOG: liveServer.logFile,
    LIVE_UPSTREAM_CONTROL: liveUpstream.controlUrl,
    SAMPLE_URL: sample.url,
    SAMPLE_LOG: sample.logFile,
    REFRESH_URL: refresh.url,
    REFRESH_LOG: refresh.logFile,
    REFRESH_UPSTREAM_CONTROL: refreshUpstream.controlUrl,
    FAULTS_URL: faults.url,
    FAULTS_LOG: faults.logFile,
    FAULTS_UPSTREAM_CONTROL: faultsUpstream.controlUrl,
    REPLICA_A_URL: replicaA.url,
    REPLICA_B_URL: replicaB.url,
    REPLICA_LOGS: [replicaA.logFile, replicaB.logFile].join(path.delimiter),
    REPLICA_UPSTREAM_CONTROL: replicaUpstream.controlUrl,
    HISTORY_URL: history.url,
    HISTORY_LOG: history.logFile,
    HISTORY_UPSTREAM_CONTROL: historyUpstream.controlUrl,
    STORES_DIR: stores,
  });

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all(
      [liveUpstream, refreshUpstream, faultsUpstream, replicaUpstream, historyUpstream].map(
        (fake) => fake.close(),
      ),
    );
    await postgres.stop();
  };
}
