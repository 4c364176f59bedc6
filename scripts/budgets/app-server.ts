import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startFakeUpstream, type FakeUpstream } from "../../tests/support/fake-upstream";
import { startNextServer, type RunningServer } from "../../tests/support/next-server";
import { TEST_API_KEY } from "../../tests/support/test-key";

// This project's production build (its own server, as `npm start` runs it; nothing built here)
// against the fake upstream serving the test fixture, with a throwaway store: the same data every
// measurement.

const ROOT = path.join(__dirname, "..", "..");

export type AppUnderTest = {
  server: RunningServer;
  upstream: FakeUpstream;
  stop: () => Promise<void>;
};

export function assertProductionBuild() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npm run build` first.");
  }
}

/** `seed` writes into the store before the server opens it. */
export async function startApp(
  name: string,
  env: Record<string, string> = {},
  seed?: (dataDir: string) => void,
): Promise<AppUnderTest> {
  assertProductionBuild();
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  const dataDir = mkdtempSync(path.join(tmpdir(), `task-share-${name}-`));
  const cleanUp = async () => {
    await upstream.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    seed?.(dataDir);
    const server = await startNextServer(name, {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: dataDir,
      ...env,
    });
    await untilDataLoaded(server.url).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    return {
      server,
      upstream,
      stop: async () => {
        await server.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * Pages answer 503 until the first snapshot is in; /api/status turns 200 when it is. The
 * rankings backfill runs in the background at start: measurements wait until it is done.
 */
async function untilDataLoaded(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  const loaded = async () => {
    const response = await fetch(`${url}/api/status`);
    if (response.status !== 200) return false;
    const status = (await response.json()) as { rankings?: { state?: string } | null };
    return status.rankings?.state === "ready";
  };
  while (!(await loaded())) {
    if (Date.now() > deadline) throw new Error(`${url} loaded no data within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
