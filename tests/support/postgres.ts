import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { freePort } from "./free-port";

// A throwaway PostgreSQL server from Debian's packages (scripts/test-all.sh installs them), in
// a temporary directory on a free loopback port, for tests that need a real server. PostgreSQL
// refuses to run as root, so as root it runs as the `postgres` user.

export type RunningPostgres = {
  url: string;
  stop: () => Promise<void>;
  /** Stops the server but keeps its data, as an outage would. */
  pause: () => Promise<void>;
  /** Starts it again on the same port with the same data. */
  resume: () => Promise<void>;
};

function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions
    .map((version) => path.join(root, version, "bin"))
    .find((dir) => existsSync(path.join(dir, "postgres")));
}

export function postgresAvailable(): boolean {
  return postgresBinDir() !== undefined;
}

export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(
      "PostgreSQL is not installed (scripts/test-all.sh installs Debian's postgresql)",
    );
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "task-share-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? { command: "runuser", args: ["-u", "postgres", "--", command, ...args] }
      : { command, args };

  const initdb = run(path.join(bin, "initdb"), [
    "-D",
    path.join(dir, "data"),
    "-A",
    "trust",
    "-U",
    "postgres",
    "--no-sync",
  ]);
  execFileSync(initdb.command, initdb.args, { stdio: "ignore" });

  const port = await freePort();
  const server = run(path.join(bin, "postgres"), [
    "-D",
    path.join(dir, "data"),
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;

  let running: { child: ChildProcess; exited: Promise<void> } | undefined;
  const launch = async () => {
    const child = spawn(server.command, server.args, { detached: true, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    running = { child, exited };
    await waitUntilReady(path.join(bin, "pg_isready"), port);
  };
  const halt = async () => {
    const current = running;
    running = undefined;
    if (current?.child.pid !== undefined && current.child.exitCode === null) {
      process.kill(-current.child.pid, "SIGINT");
      await Promise.race([current.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
  };
  const stop = async () => {
    await halt();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  // An outage and its end, on the same port with the same data.
  return { url, stop, pause: halt, resume: launch };
}

async function waitUntilReady(isReady: string, port: number) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      execFileSync(isReady, ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres"], {
        stdio: "ignore",
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error("PostgreSQL did not start within 30 s");
}

/** A fresh, empty database on the server, so each user of it starts clean. */
export function createDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  execFileSync("psql", [serverUrl, "-q", "-c", `CREATE DATABASE "${name}"`], { stdio: "ignore" });
  url.pathname = `/${name}`;
  return url.toString();
}
