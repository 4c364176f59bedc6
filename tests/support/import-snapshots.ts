import { spawnSync } from "node:child_process";
import path from "node:path";

// Runs `npm run import` (scripts/import.ts through tsx) the way an operator would, for the
// history server's seed and the import tests.

const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export type ImportRun = { status: number | null; stdout: string; stderr: string };

// tsx compiles the script and PGlite boots its WebAssembly on every run: minutes on a busy machine.
const IMPORT_TIMEOUT_MS = 300_000;

export function runImport(args: string[], env: Record<string, string>): ImportRun {
  const result = spawnSync(
    process.execPath,
    [TSX, "--conditions=react-server", path.join(ROOT, "scripts", "import.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: IMPORT_TIMEOUT_MS,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    },
  );
  const killed = result.signal
    ? `\n(killed by ${result.signal} after ${IMPORT_TIMEOUT_MS} ms)`
    : "";
  return { status: result.status, stdout: result.stdout, stderr: `${result.stderr}${killed}` };
}

export function fixturePath(name: string): string {
  return path.join(ROOT, "tests", "fixtures", name);
}

/** The fixtures the history server is seeded with: five days, three missing in between. */
export const HISTORY_FIXTURES = [
  "history/upstream-2026-11-14.json",
  "history/upstream-2026-11-15.json",
  "history/upstream-2026-11-16.json",
  "history/upstream-2026-11-18.json",
  "upstream-2026-11-21.json",
];
