import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { assertStoreFree, holdStore, StoreHeldError } from "@/lib/data/store/store-lock";

// Only one process opens an embedded store: a live holder refuses the next, a dead one does not.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "task-share-lock-"));
  dirs.push(dir);
  return dir;
}

function writeHolder(dir: string, pid: number) {
  const holder = { pid, host: hostname(), since: "2026-12-07T09:00:00.000Z" };
  writeFileSync(path.join(dir, "task-share.lock"), JSON.stringify(holder));
}

describe("the embedded store's lock", () => {
  it("refuses a store another live process holds, naming it", async () => {
    const dir = dataDir();
    const other = spawn("sleep", ["30"]);
    try {
      writeHolder(dir, other.pid ?? 0);
      expect(() => assertStoreFree(dir)).toThrow(StoreHeldError);
      expect(() => assertStoreFree(dir)).toThrow(
        `the embedded store in ${dir} is open in another process (pid ${other.pid}, since 2026-12-07T09:00:00.000Z): stop the server using it first.`,
      );
    } finally {
      other.kill();
    }
  });

  it("takes over from a holder that died, and releases only its own hold", async () => {
    const dir = dataDir();
    const gone = spawn("true");
    await new Promise((resolve) => gone.on("exit", resolve));
    writeHolder(dir, gone.pid ?? 0);
    expect(() => assertStoreFree(dir)).not.toThrow();
    const release = holdStore(dir);
    const file = path.join(dir, "task-share.lock");
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ pid: process.pid });
    // This process may open its own store again (a restart of the data layer).
    expect(() => assertStoreFree(dir)).not.toThrow();
    release();
    expect(() => readFileSync(file)).toThrow();
  });
});
