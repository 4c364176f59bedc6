import "server-only";

// One SQL dialect (PostgreSQL) behind two drivers: PGlite embedded in the process by default,
// node-postgres when DATABASE_URL names a server. The store above never knows which.

import { assertStoreFree, holdStore } from "./store-lock";

export type Queryable = {
  /** One statement with $1… parameters. */
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
};

export type Database = Queryable & {
  kind: "embedded" | "postgres";
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export async function openEmbeddedDatabase(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  // No dataDir: in memory (tests). Otherwise files under DATA_DIR survive restarts, and only
  // one process may have them open at a time (store-lock.ts).
  if (dataDir) assertStoreFree(dataDir);
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const release = dataDir ? holdStore(dataDir) : () => undefined;
  return {
    kind: "embedded",
    query: async (sql, params) => (await db.query(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async (sql, params) => (await tx.query(sql, params)).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    close: async () => {
      await db.close();
      release();
    },
  };
}

export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString, max: 5, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", (error) =>
    console.error(`[task-share] database connection lost: ${error.message}`),
  );
  return {
    kind: "postgres",
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          query: async (sql, params) => (await client.query(sql, params)).rows,
          exec: async (sql) => {
            await client.query(sql);
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
