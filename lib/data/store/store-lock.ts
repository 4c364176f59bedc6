import "server-only";

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

// Only one process may open an embedded store's files: a second one (`npm run import` while a
// server runs, or a second server on the same DATA_DIR) would write where the first never
// looks again, or corrupt what it writes. The process that opens the store records itself in
// a lock file in DATA_DIR; another process that finds a live holder is refused, in words. A
// holder that died (kill -9) leaves its file behind: the next process takes it over.

const LOCK_FILE = "task-share.lock";

type Holder = { pid: number; host: string; since: string };

/** The store is open in another live process: nothing was opened. */
export class StoreHeldError extends Error {
  override readonly name = "StoreHeldError";
}

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Holder;
  } catch {
    return undefined; // no lock, or a torn one: nobody holds the store
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Throws StoreHeldError when another live process on this machine holds the store. */
export function assertStoreFree(dataDir: string): void {
  const holder = readHolder(path.join(dataDir, LOCK_FILE));
  if (!holder || holder.pid === process.pid || holder.host !== hostname()) return;
  if (!isAlive(holder.pid)) return;
  throw new StoreHeldError(
    `the embedded store in ${dataDir} is open in another process (pid ${holder.pid}, since ${holder.since}): stop the server using it first. A server on PostgreSQL (DATABASE_URL) sees an import at once, without a restart.`,
  );
}

/** Records this process as the store's holder; the returned function releases it. */
export function holdStore(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const holder: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(holder));
  return () => {
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
}
