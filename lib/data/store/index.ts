import "server-only";

import path from "node:path";

import { openEmbeddedDatabase, openPostgresDatabase } from "./database";
import { migrate } from "./migrations";
import { createSnapshotStore, type SnapshotStore } from "./snapshot-store";

export type StoreConfig = { databaseUrl: string | undefined; dataDir: string };

/** The configured store, migrated and ready: PostgreSQL when DATABASE_URL is set, else embedded. */
export async function openSnapshotStore(config: StoreConfig): Promise<SnapshotStore> {
  const db = config.databaseUrl
    ? await openPostgresDatabase(config.databaseUrl)
    : await openEmbeddedDatabase(path.resolve(config.dataDir));
  await migrate(db);
  return createSnapshotStore(db);
}
