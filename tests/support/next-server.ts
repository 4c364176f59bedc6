import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

import { freePort } from "./free-port";

// Starts a built app as its own process group, so stopping it also stops any child it forks and
// no orphan keeps the port: this project through its own server (`npm start`: server.ts, built
// into .next by `npm run build`), another Next app (the bench's bare app) with `next start`.

export type RunningServer = {
  url: string;
  logFile: string;
  stop: () => Promise<void>;
  pid: number | undefined;
  /** Sends a signal to the server's process alone (not its group), as a supervisor would. */
  signal: (name: NodeJS.Signals) => void;
  /** The exit code once the process has ended (null: ended by a signal). */
  exited: Promise<number | null>;
};
type Mode = "production" | "development";

const ROOT = path.join(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const APP_SERVER = path.join(".next", "task-share-server.mjs");

/** `npm run dev`'s server, as a newcomer starts it: `next dev` on every interface. */
export function startDevServer(name: string, env: Record<string, string>) {
  return startNextServer(name, { NODE_ENV: "development", ...env }, ROOT, "development");
}

function command(cwd: string, port: number, mode: Mode): string[] {
  if (mode === "development") return [NEXT_BIN, "dev", "-p", String(port)];
  if (existsSync(path.join(cwd, APP_SERVER))) return [APP_SERVER];
  if (path.resolve(cwd) === ROOT) {
    throw new Error(`No ${APP_SERVER}: run \`npm run build\` first.`);
  }
  return [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"];
}

export async function startNextServer(
  name: string,
  env: Record<string, string>,
  /** The app to serve: this project unless another built app's folder is given. */
  cwd: string = ROOT,
  mode: Mode = "production",
): Promise<RunningServer> {
  // A PORT of the caller's (a replica started again where it was); otherwise any free port.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const logFile = path.join(ROOT, "test-results", `server-${name}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, command(cwd, port, mode), {
    cwd,
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
      // A test's server stops within 5 s even when an upstream call hangs (20 s in production).
      STOP_TIMEOUT_SECONDS: "5",
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    // Longer than the server's own bound on a graceful stop (STOP_TIMEOUT_SECONDS, 5 s here): a
    // SIGKILL in the middle of closing the embedded store could leave it for the next test.
    const killed = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
    if (!killed) process.kill(-child.pid, "SIGKILL");
  };

  try {
    // A development server compiles the page it is first asked for; that takes longer.
    await waitUntilAnswering(url, mode === "development" ? 180_000 : 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${name} server did not start; see ${logFile}`, { cause: error });
  }
  const signal = (name: NodeJS.Signals) => {
    if (child.pid !== undefined) process.kill(child.pid, name);
  };
  return { url, logFile, stop, signal, exited, pid: child.pid };
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
