import type { ImportResult, NewSnapshot } from "../lib/data/store/snapshot-store";

// What `npm run import` prints: a line per file and a summary, kept apart from the script so a
// test can read the words without opening a store.

/** One line per file: what happened to its day. */
export function importReport(
  snapshots: { file: string; snapshot: NewSnapshot }[],
  result: ImportResult,
): string[] {
  const skipped = new Set(result.skipped);
  const replaced = new Set(result.replaced);
  return snapshots.map(({ file, snapshot }) => {
    const asOf = snapshot.data.as_of;
    const tasks = `(${snapshot.data.classifications.length} tasks)`;
    if (skipped.has(asOf))
      return `– ${file}: ${asOf} is already stored, kept (--replace overwrites it)`;
    if (replaced.has(asOf)) return `✓ ${file}: ${asOf} replaced the stored day ${tasks}`;
    return `✓ ${file}: ${asOf} imported ${tasks}`;
  });
}

/** "Imported 2, replaced 1, kept 0 already stored". */
export function importSummary(result: ImportResult): string {
  return `Imported ${result.saved.length}, replaced ${result.replaced.length}, kept ${result.skipped.length} already stored`;
}
