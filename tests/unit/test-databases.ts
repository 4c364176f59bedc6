import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from "vitest";

import {
  openEmbeddedDatabase,
  openPostgresDatabase,
  type Database,
} from "@/lib/data/store/database";
import { migrate } from "@/lib/data/store/migrations";
import { createSnapshotStore, type SnapshotStore } from "@/lib/data/store/snapshot-store";

import { createDatabase } from "../support/postgres";

// Starting a database is slow (an in-memory PGlite boots a whole PostgreSQL in WebAssembly: many
// seconds on a busy machine), so each test file starts one per driver and every test gets a new,
// empty schema of its own on it, reached through `search_path`. The store's SQL names no
// schema, so it runs there exactly as it runs in `public`.

export type DriverKind = Database["kind"];

export type TestDatabases = {
  kind: DriverKind;
  /** Boots the driver's database; once per file (beforeAll). */
  start(): Promise<void>;
  /**
   * Makes a new empty schema and returns a way to connect to it. With PostgreSQL every call of
   * `connect` opens one more pool (a second replica); embedded, there is only one connection.
   */
  freshSchema(): Promise<{ connect: () => Promise<Database> }>;
  /** Closes the connections the last test opened (afterEach). */
  closeConnections(): Promise<void>;
  /** Closes everything (afterAll). */
  stop(): Promise<void>;
};

/** Generous: booting PGlite or creating a PostgreSQL database under load takes a while. */
export const STARTUP_TIMEOUT_MS = 120_000;

/** The run's PostgreSQL server (tests/unit/global-setup.ts); undefined only where none is installed. */
export const postgresServerUrl: string | undefined = inject("postgresUrl");

/** The run's PostgreSQL server URL, for tests that only run when there is one. */
export function requirePostgresUrl(): string {
  if (!postgresServerUrl) throw new Error("no PostgreSQL server in this run");
  return postgresServerUrl;
}

export function embeddedDatabases(): TestDatabases {
  let shared: Database | undefined;
  let schemas = 0;
  const opened = () => {
    if (!shared) throw new Error("start() the embedded database first");
    return shared;
  };
  return {
    kind: "embedded",
    async start() {
      shared = await openEmbeddedDatabase(undefined);
    },
    async freshSchema() {
      const db = opened();
      schemas += 1;
      const schema = `test_${schemas}`;
      await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      // Stores close their database; the shared one must outlive each test.
      const handle: Database = { ...db, close: async () => undefined };
      return { connect: async () => handle };
    },
    async closeConnections() {},
    async stop() {
      await shared?.close();
    },
  };
}

/** One database per file on the run's server (`name` must be unique in the run). */
export function postgresDatabases(name: string): TestDatabases {
  let databaseUrl: string | undefined;
  let admin: Database | undefined;
  let schemas = 0;
  let pools: Database[] = [];
  const closeConnections = async () => {
    await Promise.all(pools.map((pool) => pool.close()));
    pools = [];
  };
  return {
    kind: "postgres",
    async start() {
      databaseUrl = createDatabase(requirePostgresUrl(), name);
      admin = await openPostgresDatabase(databaseUrl);
    },
    async freshSchema() {
      if (!databaseUrl || !admin) throw new Error("start() the PostgreSQL database first");
      schemas += 1;
      const schema = `test_${schemas}`;
      await admin.exec(`CREATE SCHEMA ${schema}`);
      const url = new URL(databaseUrl);
      url.searchParams.set("options", `-c search_path=${schema}`);
      return {
        connect: async () => {
          const pool = await openPostgresDatabase(url.toString());
          pools.push(pool);
          return pool;
        },
      };
    },
    closeConnections,
    async stop() {
      await closeConnections();
      await admin?.close();
    },
  };
}

/** What a store contract's tests reach, on the test's own fresh schema. */
export type StoreContract = {
  /** A bare connection (with PostgreSQL, each call is one more replica). */
  connect: () => Promise<Database>;
  /** A migrated store; call again for a second replica. */
  openStore: () => Promise<SnapshotStore>;
};

/**
 * Defines `name`'s tests once per driver, the embedded database and the run's PostgreSQL server
 * (on database `postgresName`), each test on a fresh schema.
 */
export function describeOnEveryDriver(
  name: string,
  postgresName: string,
  define: (store: StoreContract) => void,
) {
  for (const databases of [embeddedDatabases(), postgresDatabases(postgresName)]) {
    const unavailable = databases.kind === "postgres" && postgresServerUrl === undefined;

    describe.skipIf(unavailable)(`${name} (${databases.kind})`, () => {
      let connect: () => Promise<Database>;

      beforeAll(() => databases.start(), STARTUP_TIMEOUT_MS);
      afterAll(() => databases.stop());
      beforeEach(async () => {
        ({ connect } = await databases.freshSchema());
      });
      afterEach(() => databases.closeConnections());

      define({
        connect: () => connect(),
        openStore: async () => {
          const db = await connect();
          await migrate(db);
          return createSnapshotStore(db);
        },
      });
    });
  }
}
