import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { startEmbedHost } from "../support/embed-host";
import { startFakeUpstream } from "../support/fake-upstream";
import { fixturePath, HISTORY_FIXTURES, runImport } from "../support/import-snapshots";
import { startNextServer } from "../support/next-server";
import { createDatabase, startPostgres } from "../support/postgres";
import { TEST_API_KEY } from "../support/test-key";

// Production servers from one build, each with its own fake upstream and its own store:
// - live:     the key set, default refresh window (stable data for most assertions), and one
//             origin allowed to frame its embeds;
// - sample:   no key, so the bundled sample snapshot;
// - refresh:  a 2 s window, for the revalidation and live-refresh tests;
// - faults:   a 2 s window and a 1 s upstream timeout, for the upstream fault tests;
// - replica-a and replica-b: two processes sharing one real PostgreSQL and one fake upstream;
// - edge:     hostile and odd model ids (HTML, CSV formulas, "..", "%", very long), and a
//             rankings dataset that always fails (the task pages must not notice);
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
    edgeUpstream,
    historyUpstream,
    postgres,
  ] = await Promise.all([
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startFakeUpstream("upstream-edge-models.json"),
    startFakeUpstream("upstream-2026-11-21.json"),
    startPostgres(),
  ]);
  await fetch(`${edgeUpstream.controlUrl}/rankings/fault`, {
    method: "POST",
    body: JSON.stringify({ status: 500, body: '{"error":{"code":500,"message":"down"}}' }),
  });
  // Two sites that embed the live server's views: one allowed to, one not.
  const [allowedHost, otherHost] = await Promise.all([startEmbedHost(), startEmbedHost()]);
  const stopSupport = async () => {
    const fakes = [
      liveUpstream,
      refreshUpstream,
      faultsUpstream,
      replicaUpstream,
      edgeUpstream,
      historyUpstream,
    ];
    await Promise.all([...fakes, allowedHost, otherHost].map((support) => support.close()));
    await postgres.stop();
  };
  const replicaDatabase = createDatabase(postgres.url, "replicas");
  const live = (baseUrl: string) => ({
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: baseUrl,
  });
  // A 2 s window calls up to 30 times a minute for as long as the suite runs: against a fake,
  // the call budget must not be what a refresh test ends up measuring.
  const fastWindow = {
    REVALIDATE_SECONDS: "2",
    UPSTREAM_CALLS_PER_MINUTE: "120",
    UPSTREAM_CALLS_PER_DAY: "100000",
  };

  const starting = [
    startNextServer("live", {
      ...live(liveUpstream.baseUrl),
      DATA_DIR: dataDir("live"),
      EMBED_ALLOWED_ORIGINS: `${allowedHost.origin}, https://intranet.example.com`,
    }),
    startNextServer("sample", { DATA_DIR: dataDir("sample") }),
    startNextServer("refresh", {
      ...live(refreshUpstream.baseUrl),
      DATA_DIR: dataDir("refresh"),
      ...fastWindow,
    }),
    startNextServer("faults", {
      ...live(faultsUpstream.baseUrl),
      DATA_DIR: dataDir("faults"),
      ...fastWindow,
      UPSTREAM_TIMEOUT_MS: "1000",
    }),
    startNextServer("replica-a", {
      ...live(replicaUpstream.baseUrl),
      DATABASE_URL: replicaDatabase,
      ...fastWindow,
    }),
    startNextServer("replica-b", {
      ...live(replicaUpstream.baseUrl),
      DATABASE_URL: replicaDatabase,
      ...fastWindow,
    }),
    startNextServer("edge", { ...live(edgeUpstream.baseUrl), DATA_DIR: dataDir("edge") }),
    startNextServer("history", {
      ...live(historyUpstream.baseUrl),
      DATA_DIR: dataDir("history"),
    }),
  ] as const;
  // If one server fails to start, stop the others and the support processes before failing.
  const settled = await Promise.allSettled(starting);
  const started = settled.flatMap((result) =>
    result.status === "fulfilled" ? [result.value] : [],
  );
  const failure = settled.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(started.map((server) => server.stop()));
    await stopSupport();
    throw failure.reason;
  }
  const servers = await Promise.all(starting);
  const [liveServer, sample, refresh, faults, replicaA, replicaB, edge, history] = servers;

  Object.assign(process.env, {
    LIVE_URL: liveServer.url,
    LIVE_LOG: liveServer.logFile,
    LIVE_UPSTREAM_CONTROL: liveUpstream.controlUrl,
    LIVE_UPSTREAM_URL: liveUpstream.baseUrl,
    EMBED_HOST: allowedHost.origin,
    OTHER_HOST: otherHost.origin,
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
    EDGE_URL: edge.url,
    EDGE_LOG: edge.logFile,
    EDGE_UPSTREAM_CONTROL: edgeUpstream.controlUrl,
    HISTORY_URL: history.url,
    HISTORY_LOG: history.logFile,
    HISTORY_UPSTREAM_CONTROL: historyUpstream.controlUrl,
    STORES_DIR: stores,
  });

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await stopSupport();
  };
}
