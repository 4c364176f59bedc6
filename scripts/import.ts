// Loads saved upstream responses into the snapshot store, so a team can backfill history it
// kept elsewhere: `npm run import -- saved/*.json` (add --replace to overwrite stored days).
//
// Every file is read and validated with the schema live data must pass before anything is
// written; one bad file rejects the whole import. The snapshots are then written in a single
// transaction: all of them or none. The store is the server's (DATABASE_URL, else DATA_DIR).
// Only one process may open the embedded store's files: while a server holds them, the import
// is refused in words (lib/data/store/store-lock.ts); a server on PostgreSQL sees it at once.
//
// Run through tsx with the react-server condition (see package.json), which lets the store's
// server-only modules load outside Next.

import { readFile, stat } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import { readServerConfig } from "../lib/config";
import {
  boundTaskNames,
  describeSchemaError,
  rawClassificationsResponseSchema,
} from "../lib/openrouter/schema";
import { openSnapshotStore } from "../lib/data/store";
import type { NewSnapshot } from "../lib/data/store/snapshot-store";

import { importReport, importSummary } from "./import-report";

type Checked = { file: string; snapshot: NewSnapshot } | { file: string; problem: string };

// A saved body of this app's own GET /api/classifications also carries when it was fetched.
const fetchedAtField = z.object({ fetched_at: z.iso.datetime({ offset: true }) });

async function check(file: string): Promise<Checked> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return {
      file,
      problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      file,
      problem: `is not JSON: ${error instanceof Error ? error.message : "parse error"}`,
    };
  }
  const parsed = rawClassificationsResponseSchema.safeParse(json);
  if (!parsed.success) {
    return { file, problem: `is not an upstream response: ${describeSchemaError(parsed.error)}` };
  }
  const saved = fetchedAtField.safeParse(json);
  // Otherwise the file's modification time: the best record of when the response was saved.
  const fetchedAt = saved.success ? new Date(saved.data.fetched_at) : (await stat(file)).mtime;
  return { file, snapshot: { data: boundTaskNames(parsed.data.data).data, fetchedAt } };
}

function duplicateDates(checked: Checked[]): Checked[] {
  const firstFile = new Map<string, string>();
  return checked.map((item) => {
    if (!("snapshot" in item)) return item;
    const asOf = item.snapshot.data.as_of;
    const earlier = firstFile.get(asOf);
    if (earlier === undefined) {
      firstFile.set(asOf, item.file);
      return item;
    }
    return { file: item.file, problem: `is for ${asOf}, like ${earlier}: import one file per day` };
  });
}

async function main(args: string[]): Promise<number> {
  const replace = args.includes("--replace");
  const unknownFlags = args.filter((arg) => arg.startsWith("--") && arg !== "--replace");
  const files = args.filter((arg) => !arg.startsWith("--"));
  if (unknownFlags.length > 0 || files.length === 0) {
    if (unknownFlags.length > 0) console.error(`Unknown option ${unknownFlags.join(", ")}.`);
    console.error("Usage: npm run import -- [--replace] file.json [file.json …]");
    return 2;
  }

  const checked = duplicateDates(await Promise.all(files.map(check)));
  const problems = checked.flatMap((item) => ("problem" in item ? [item] : []));
  if (problems.length > 0) {
    for (const { file, problem } of problems) console.error(`✗ ${file} ${problem}`);
    console.error(
      `Nothing was written: ${problems.length} of ${files.length} ${files.length === 1 ? "file" : "files"} rejected.`,
    );
    return 1;
  }

  const snapshots = checked.flatMap((item) => ("snapshot" in item ? [item] : []));
  const config = readServerConfig();
  const store = await openSnapshotStore(config);
  try {
    const result = await store.importSnapshots(
      snapshots.map((item) => item.snapshot),
      { replace },
    );
    for (const line of importReport(snapshots, result)) console.log(line);
    const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : path.resolve(config.dataDir);
    console.log(`${importSummary(result)}, into ${where}.`);
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
