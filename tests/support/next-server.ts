import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import path from "node:path";

import { freePort } from "./free-port";

// Starts the built app (`next start`) as its own process group, so stopping it also stops the
// next-server child it forks and no orphan keeps the port.

export type RunningServer = { url: string; logFile: string; stop: () => Promise<void> };

const ROOT = path.join(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export async function startNextServer(
  name: string,
  env: Record<string, string>,
  /** The app to serve: this project unless another built app's folder is given. */
  cwd: string = ROOT,
): Promise<RunningServer> {
  const port = await freePort();
  const logFile = path.join(ROOT, "test-results", `server-${name}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, "w");
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd,
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    const killed = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
    if (!killed) process.kill(-child.pid, "SIGKILL");
  };

  try {
    await waitUntilAnswering(url, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${name} server did not start; see ${logFile}`, { cause: error });
  }
  return { url, logFile, stop };
}

async function waitUntilAnswering(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  // A path no route serves: any HTTP answer means the server is up, without touching the data.
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}/__ready`);
      return;
    } catch {
      await delay(200);
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
