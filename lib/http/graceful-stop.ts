import type { Server } from "node:http";

import { dataLayerStop } from "./data-layer-stop";

// What server.ts does on SIGTERM or SIGINT: stop accepting connections, let the requests under
// way finish (a long CSV download included), stop the background jobs at once so their leases go
// back to the store for another replica, then close the store — all within a bounded time.

const IDLE_SWEEP_MS = 250;

/**
 * Stops the server gracefully and resolves with the exit code: 0 once everything has stopped,
 * 1 when `timeoutMs` passed first (requests still open, or a job that would not end).
 */
export async function stopGracefully(server: Server, timeoutMs: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      console.error(
        `[task-share] did not stop within ${timeoutMs / 1000} s (STOP_TIMEOUT_SECONDS): requests or jobs still running`,
      );
      resolve(1);
    }, timeoutMs);
  });
  const stopped = (async () => {
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections between requests hold the server open: close each as it idles.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    try {
      await Promise.all([drained, dataLayerStop().stopJobs()]);
    } finally {
      clearInterval(sweep);
    }
    await dataLayerStop().closeStore();
    return 0;
  })().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] stopping failed: ${message}`);
    return 1;
  });
  const code = await Promise.race([stopped, deadline]);
  clearTimeout(timer);
  return code;
}

/** One line for a port the server cannot listen on, instead of a stack trace. */
export function describeListenError(error: unknown, port: number, hostname: string): string {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  const where = `${hostname}:${port}`;
  if (code === "EADDRINUSE") {
    return `[task-share] cannot listen on ${where}: the port is already in use (another server?). Stop it or set PORT to another port.`;
  }
  if (code === "EACCES") {
    return `[task-share] cannot listen on ${where}: permission denied (ports below 1024 need privileges). Set PORT to another port.`;
  }
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
    return `[task-share] cannot listen on ${where}: no such address on this machine. Check HOSTNAME.`;
  }
  const message = error instanceof Error ? error.message : "unknown error";
  return `[task-share] cannot listen on ${where}: ${message}`;
}
