import type { TestProject } from "vitest/node";

import { postgresAvailable, startPostgres } from "../support/postgres";

// One throwaway PostgreSQL server for the whole run; each suite creates its own database on it.
// CI must exercise the real server, so there a missing PostgreSQL fails the run instead of
// quietly testing only the embedded driver.

declare module "vitest" {
  export interface ProvidedContext {
    /** The server's URL; undefined only on a developer machine without PostgreSQL. */
    postgresUrl: string | undefined;
  }
}

export default async function setup(project: TestProject) {
  if (!postgresAvailable()) {
    if (process.env.CI) {
      throw new Error(
        "PostgreSQL is not installed, and CI must test the store against a real server: install Debian's postgresql (scripts/test-all.sh)",
      );
    }
    console.warn(
      "[task-share] PostgreSQL is not installed: the PostgreSQL half of the store tests is skipped on this machine (CI fails instead).",
    );
    project.provide("postgresUrl", undefined);
    return;
  }
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  // Interrupted (Ctrl-C, a CI job's SIGTERM), Vitest exits without running teardowns, but it
  // exits through process.exit, and stop() signals the server before its first await.
  const stopOnExit = () => void server.stop();
  process.once("exit", stopOnExit);
  return async () => {
    process.off("exit", stopOnExit);
    await server.stop();
  };
}
