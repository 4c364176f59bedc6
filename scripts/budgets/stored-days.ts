import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { addDays } from "../../lib/model";

import { snapshotWithTasks } from "./growth";

// A store as a server holds it after a year in service: one snapshot a day, each as large as the
// live endpoint's, written with `npm run import` (the way a team backfills its saved days)
// before the server starts. The two fixture days alternate, so the days differ.

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = ["upstream-2026-11-21.json", "upstream-2026-11-22.json"] as const;

/** The `count` days ending on `newest`, oldest first. */
export function storedDays(newest: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(newest, index - (count - 1)));
}

/** Imports a snapshot of `tasks` tasks for each of `days` into the store at `dataDir`. */
export function importDays(dataDir: string, days: readonly string[], tasks: number) {
  const saved = mkdtempSync(path.join(tmpdir(), "task-share-days-"));
  try {
    const files = days.map((day, index) => {
      const file = path.join(saved, `${day}.json`);
      writeFileSync(file, snapshotWithTasks(tasks, day, FIXTURES[index % FIXTURES.length]));
      return file;
    });
    execFileSync("npm", ["run", "--silent", "import", "--", ...files], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } finally {
    rmSync(saved, { recursive: true, force: true });
  }
}
