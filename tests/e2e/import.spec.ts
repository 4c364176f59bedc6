import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { startFakeUpstream } from "../support/fake-upstream";
import { fixturePath, runImport } from "../support/import-snapshots";
import { startNextServer, type RunningServer } from "../support/next-server";
import { TEST_API_KEY } from "../support/test-key";
import { storeDir } from "./servers";

// `npm run import` against a store of its own (the history server's import is in global-setup).
// Each run starts tsx and an embedded database, which takes a while on a busy machine.
test.describe.configure({ timeout: 300_000 });

async function storedDates(dataDir: string): Promise<string[]> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
  try {
    const result = await db.query<{ as_of: string }>("SELECT as_of FROM snapshots ORDER BY as_of");
    return result.rows.map((row) => row.as_of);
  } finally {
    await db.close();
  }
}

test("import rejects a malformed file with a clear message and writes nothing at all", async () => {
  const dataDir = storeDir("import-atomic");
  const first = runImport([fixturePath("history/upstream-2026-11-14.json")], { DATA_DIR: dataDir });
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain("2026-11-14 imported (10 tasks)");

  const broken = path.join(storeDir("import-files"), "broken.json");
  const notJson = path.join(storeDir("import-files"), "not-json.json");
  const outOfRange = JSON.parse(
    readFileSync(fixturePath("history/upstream-2026-11-15.json"), "utf8"),
  );
  outOfRange.data.classifications[0].usage_share = 1.5;
  mkdirSync(path.dirname(broken), { recursive: true });
  writeFileSync(broken, JSON.stringify(outOfRange));
  writeFileSync(notJson, "<html>saved the wrong page</html>");

  const day16 = fixturePath("history/upstream-2026-11-16.json");
  const rejected = runImport([day16, broken, notJson, day16], { DATA_DIR: dataDir });
  expect(rejected.status).toBe(1);
  expect(rejected.stderr).toContain(
    `✗ ${broken} is not an upstream response: data.classifications.0.usage_share: Too big: expected number to be <=1`,
  );
  expect(rejected.stderr).toContain(`✗ ${notJson} is not JSON:`);
  expect(rejected.stderr).toContain(
    `✗ ${day16} is for 2026-11-16, like ${day16}: import one file per day`,
  );
  expect(rejected.stderr).toContain("Nothing was written: 3 of 4 files rejected.");
  // The good file in the same run was not written either.
  expect(await storedDates(dataDir)).toEqual(["2026-11-14"]);
});

test("import keeps days already stored unless told to replace them", async () => {
  const dataDir = storeDir("import-replace");
  const [day15, day14] = [
    fixturePath("history/upstream-2026-11-15.json"),
    fixturePath("history/upstream-2026-11-14.json"),
  ];
  expect(runImport([day15], { DATA_DIR: dataDir }).status).toBe(0);
  const again = runImport([day15, day14], { DATA_DIR: dataDir });
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toContain("2026-11-15 is already stored, kept (--replace overwrites it)");
  expect(again.stdout).toContain("Imported 1, replaced 0, kept 1 already stored");
  const replaced = runImport(["--replace", day15], { DATA_DIR: dataDir });
  expect(replaced.stdout).toContain("2026-11-15 replaced the stored day (10 tasks)");
  expect(replaced.stdout).not.toContain("2026-11-15 imported");
  expect(replaced.stdout).toContain("Imported 0, replaced 1, kept 0 already stored");
  expect(await storedDates(dataDir)).toEqual(["2026-11-14", "2026-11-15"]);
});

test("import refuses a store a running server holds, in words, and writes once it is stopped", async ({
  request,
}) => {
  const dataDir = storeDir("import-held");
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  let server: RunningServer | undefined;
  try {
    server = await startNextServer("import-held", {
      OPENROUTER_API_KEY: TEST_API_KEY,
      OPENROUTER_BASE_URL: upstream.baseUrl,
      DATA_DIR: dataDir,
    });
    const url = server.url;
    await expect.poll(async () => (await request.get(`${url}/readyz`)).status()).toBe(200);
    const day14 = fixturePath("history/upstream-2026-11-14.json");
    const held = runImport([day14], { DATA_DIR: dataDir });
    expect(held.status).toBe(1);
    expect(held.stderr).toMatch(
      /^Import failed, nothing was written: the embedded store in .+ is open in another process \(pid \d+, since .+\): stop the server using it first\./m,
    );
    // The server keeps serving, its store untouched.
    expect((await request.get(`${url}/api/classifications`)).status()).toBe(200);
    await server.stop();
    server = undefined;
    const imported = runImport([day14], { DATA_DIR: dataDir });
    expect(imported.status, imported.stderr).toBe(0);
    expect(await storedDates(dataDir)).toEqual(["2026-11-14", "2026-11-21"]);
  } finally {
    await server?.stop();
    await upstream.close();
  }
});
