import { mkdirSync } from "node:fs";
import path from "node:path";

import { startFakeUpstream } from "../support/fake-upstream";
import { startNextServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";

// Four servers from one production build, each with its own fake upstream:
// - live:    the key set, default refresh window (stable data for the assertions);
// - sample:  no key, so the bundled sample snapshot;
// - refresh: the key set and a 2 s window, for the revalidation and live-refresh tests;
// - edge:    hostile and odd model ids (HTML, CSV formulas, "..", "%", very long).
export default async function globalSetup() {
  mkdirSync(path.join(__dirname, "..", "..", "test-results"), { recursive: true });
  const liveUpstream = await startFakeUpstream("upstream-2026-11-21.json");
  const refreshUpstream = await startFakeUpstream("upstream-2026-11-21.json");
  const edgeUpstream = await startFakeUpstream("upstream-edge-models.json");

  const servers = await Promise.all([
    startNextServer("live", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: liveUpstream.baseUrl,
    }),
    startNextServer("sample", {}),
    startNextServer("refresh", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: refreshUpstream.baseUrl,
      REVALIDATE_SECONDS: "2",
    }),
    startNextServer("edge", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: edgeUpstream.baseUrl,
    }),
  ]);
  const [live, sample, refresh, edge] = servers;

  process.env.LIVE_URL = live.url;
  process.env.LIVE_LOG = live.logFile;
  process.env.LIVE_UPSTREAM_CONTROL = liveUpstream.controlUrl;
  process.env.SAMPLE_URL = sample.url;
  process.env.SAMPLE_LOG = sample.logFile;
  process.env.REFRESH_URL = refresh.url;
  process.env.REFRESH_LOG = refresh.logFile;
  process.env.REFRESH_UPSTREAM_CONTROL = refreshUpstream.controlUrl;
  process.env.EDGE_URL = edge.url;
  process.env.EDGE_LOG = edge.logFile;

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all([liveUpstream.close(), refreshUpstream.close(), edgeUpstream.close()]);
  };
}
