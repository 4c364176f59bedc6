import type { NewSnapshot, SnapshotArchive, StoredTaskDay } from "./snapshot-store";

/**
 * A fixed set of snapshots held in memory, read through the same interface as the database:
 * the sample history, which must never be written to disk (a newcomer's first run with no key
 * leaves no files behind) and never changes while the process runs.
 */
export function createMemoryArchive(snapshots: NewSnapshot[]): SnapshotArchive {
  const sorted: StoredTaskDay[] = snapshots
    .map((snapshot) => ({ ...snapshot, origin: "sample" as const }))
    .sort((a, b) => a.data.as_of.localeCompare(b.data.as_of));
  const byDate = new Map(sorted.map((snapshot) => [snapshot.data.as_of, snapshot]));
  return {
    listDates: async () => sorted.map((snapshot) => snapshot.data.as_of),
    snapshotAt: async (asOf) => byDate.get(asOf),
    allSnapshots: async () => sorted,
    revision: async () => "memory",
  };
}
