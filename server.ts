import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";

import nextEnv from "@next/env";

import { withRenderCache, type Handler } from "./lib/http/cached-render";
import { probeHeldData } from "./lib/http/data-probe";
import { answerClientError, refuseBeforeNext, setSecurityHeaders } from "./lib/http/front-door";
import { describeListenError, stopGracefully } from "./lib/http/graceful-stop";
import { answerHealthCheck } from "./lib/http/health";
import { parseEmbedOrigins } from "./lib/http/security-headers";
import { routeMatcher, type RouteKind } from "./lib/http/page-routes";
import { createRenderCache } from "./lib/http/render-cache";

// The production server (`npm start`): Next's request handler in this process, behind the render
// cache (lib/http/render-cache.ts). Built into .next/task-share-server.mjs by `npm run build`.

const DEFAULT_PORT = 3000;
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
// Short: a page's relative times ("failed 12 s ago") stay near true. New data or a new failure
// changes the data version in the key, so those show at once whatever the lifetime.
const CACHE_TTL_MS = 2_000;
const DEFAULT_STOP_TIMEOUT_SECONDS = 20;
const KEEP_ALIVE_MS = 65_000;

/** The app's routes, from the routes manifest of the build; none (nothing cached) without it. */
function readRouteMatcher(): (pathname: string) => RouteKind | undefined {
  const file = path.join(process.cwd(), ".next", "app-path-routes-manifest.json");
  try {
    const manifest: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof manifest !== "object" || manifest === null) throw new Error("not an object");
    return routeMatcher(
      Object.fromEntries(
        Object.entries(manifest).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      ),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.warn(`[task-share] ${file} unreadable (${message}): nothing is cached`);
    return () => undefined;
  }
}

function readInteger(name: string, fallback: number, min: number, max: number): number {
  const text = process.env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  console.warn(
    `[task-share] ${name}=${text} is not an integer from ${min} to ${max}; using ${fallback}`,
  );
  return fallback;
}

/** Listens, or says in one line why it cannot (a port in use) and exits 1. */
async function listenOrExit(server: Server, port: number, hostname: string | undefined) {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, hostname, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    console.error(describeListenError(error, port, hostname ?? "localhost"));
    process.exit(1);
  }
}

async function loadNext(hostname: string | undefined, port: number): Promise<Handler> {
  const maxBytes = readInteger(
    "RENDER_CACHE_BYTES",
    DEFAULT_CACHE_BYTES,
    0,
    Number.MAX_SAFE_INTEGER,
  );
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const cache = createRenderCache({ ttlMs: CACHE_TTL_MS, maxBytes });
  setInterval(() => cache.dropExpired(), CACHE_TTL_MS).unref();
  return maxBytes > 0
    ? withRenderCache(handle, {
        cache,
        routeKind: readRouteMatcher(),
        heldData: probeHeldData,
        maxPageBytes: maxBytes,
      })
    : handle;
}

async function main() {
  // .env.local and the other env files, as Next reads them, before PORT and HOSTNAME are read.
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
  // Before Next (and React) load: they pick their production builds by it, as `next start` does.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const hostname = process.env.HOSTNAME?.trim() || undefined;
  const port = readInteger("PORT", DEFAULT_PORT, 0, 65_535);
  const stopTimeoutMs =
    readInteger("STOP_TIMEOUT_SECONDS", DEFAULT_STOP_TIMEOUT_SECONDS, 1, 3_600) * 1000;

  // A port in use is found before Next loads and the store opens. The port itself opens only
  // once Next is ready: until then a load balancer in front gets a refusal and goes elsewhere.
  const probe = createServer();
  await listenOrExit(probe, port, hostname);
  await new Promise((resolve) => probe.close(resolve));

  let stopping = false;
  const handler = await loadNext(hostname, port);
  const embedOrigins = parseEmbedOrigins(process.env.EMBED_ALLOWED_ORIGINS);
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://task-share.invalid");
    // While stopping, no connection is kept for another request: the client goes elsewhere.
    if (stopping) response.shouldKeepAlive = false;
    setSecurityHeaders(response, url.pathname, embedOrigins);
    if (refuseBeforeNext(request, response, url)) return;
    if (answerHealthCheck(request, response, url, () => stopping)) return;
    handler(request, response).catch((error: unknown) => {
      console.error("[task-share] request failed:", error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.end();
      } else {
        response.destroy();
      }
    });
  };
  const server = createServer(serve);
  server.on("clientError", answerClientError);
  // Node closes an idle keep-alive connection by a timer, after 5 s by default. When the event
  // loop is busy for longer (a fresh server opening its store and rendering its first pages),
  // the timers run before the poll phase reads the request already waiting on that socket: the
  // socket is destroyed with unread data and the client sees a reset, with nothing logged. A
  // minute leaves room for that (and outlasts the usual 60 s of a proxy in front); the headers
  // timeout must exceed it.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  await listenOrExit(server, port, hostname);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A second signal means now: a person pressing Ctrl-C again.
      if (stopping) process.exit(1);
      stopping = true;
      console.log(`[task-share] ${signal}: finishing the requests under way, then stopping`);
      void stopGracefully(server, stopTimeoutMs).then((code) => {
        if (code === 0) console.log("[task-share] stopped");
        process.exit(code);
      });
    });
  }

  console.log(`[task-share] ready on http://${hostname ?? "localhost"}:${port}`);
}

main().catch((error: unknown) => {
  console.error("[task-share] could not start:", error);
  process.exit(1);
});
