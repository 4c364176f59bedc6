import { mkdirSync } from "node:fs";
import path from "node:path";

import { startEmbedHost } from "../support/embed-host";
import { startFakeUpstream } from "../support/fake-upstream";
import { startNextServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";

// Three servers from one production build, each with its own fake upstream:
// - live:    the key set, default refresh window (stable data for the assertions), and one
//            origin allowed to frame its embeds;
// - sample:  no key, so the bundled sample snapshot;
// - refresh: the key set and a 2 s window, for the revalidation and live-refresh tests.
export default async function globalSetup() {
  mkdirSync(path.join(__dirname, "..", "..", "test-results"), { recursive: true });
  const liveUpstream = await startFakeUpstream("upstream-2026-11-21.json");
  const refreshUpstream = await startFakeUpstream("upstream-2026-11-21.json");
  // Two sites that embed the live server's views: one allowed to, one not.
  const allowedHost = await startEmbedHost();
  const otherHost = await startEmbedHost();

  const servers = await Promise.all([
    startNextServer("live", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: liveUpstream.baseUrl,
      EMBED_ALLOWED_ORIGINS: `${allowedHost.origin}, https://intranet.example.com`,
    }),
    startNextServer("sample", {}),
    startNextServer("refresh", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: refreshUpstream.baseUrl,
      REVALIDATE_SECONDS: "2",
    }),
  ]);
  const [live, sample, refresh] = servers;

  process.env.LIVE_URL = live.url;
  process.env.LIVE_LOG = live.logFile;
  process.env.LIVE_UPSTREAM_CONTROL = liveUpstream.controlUrl;
  process.env.EMBED_HOST = allowedHost.origin;
  process.env.OTHER_HOST = otherHost.origin;
  process.env.SAMPLE_URL = sample.url;
  process.env.SAMPLE_LOG = sample.logFile;
  process.env.REFRESH_URL = refresh.url;
  process.env.REFRESH_LOG = refresh.logFile;
  process.env.REFRESH_UPSTREAM_CONTROL = refreshUpstream.controlUrl;

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all([
      liveUpstream.close(),
      refreshUpstream.close(),
      allowedHost.close(),
      otherHost.close(),
    ]);
  };
}
