import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { startFakeUpstream } from "../support/fake-upstream";
import { freePort } from "../support/free-port";
import { startNextServer, type RunningServer } from "../support/next-server";
import { createDatabase, startPostgres } from "../support/postgres";
import { TEST_API_KEY } from "../support/test-key";
import { live, refuseConnections, respondWith, storeDir, upstreamCalls } from "./servers";

// Running it as a service: the health checks, a graceful stop with a download in flight, a port
// already in use, PORT and HOSTNAME from .env.local, and replicas that agree byte for byte.
// The tests that stop a server start their own.
// Under a loaded machine a start takes tens of seconds: each test gets three minutes.
test.describe.configure({ timeout: 180_000 });

const ROOT = path.join(__dirname, "..", "..");

test("/healthz and /readyz on the live server: tiny JSON, never cached, HEAD too", async () => {
  const health = await fetch(`${live.url}/healthz`);
  expect(health.status).toBe(200);
  expect(health.headers.get("cache-control")).toBe("no-store");
  expect(health.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(await health.text()).toBe('{"status":"ok"}');

  const ready = await fetch(`${live.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(ready.headers.get("cache-control")).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ready", as_of: "2026-11-21" });

  const head = await fetch(`${live.url}/readyz`, { method: "HEAD" });
  expect(head.status).toBe(200);
  expect(await head.text()).toBe("");
  const refused = await fetch(`${live.url}/healthz?verbose=1`);
  expect(refused.status).toBe(400);
  expect(await refused.json()).toEqual({
    error: { code: 400, message: "Unknown query parameter verbose (this route takes none)." },
  });
});

test("/readyz answers 503 with the reason until a day is stored; /healthz 200 throughout", async () => {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  await respondWith(upstream.controlUrl, { status: 500, body: '{"error":{"message":"down"}}' });
  const server = await startNextServer("readiness", {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: storeDir("readiness"),
    REVALIDATE_SECONDS: "2",
  });
  try {
    const notReady = await fetch(`${server.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get("cache-control")).toBe("no-store");
    expect(await notReady.json()).toEqual({
      status: "unavailable",
      reason: "no snapshot is stored yet and upstream has not answered",
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await respondWith(upstream.controlUrl, { fixture: "upstream-2026-11-21.json" });
    await expect
      // A connection reset by a loaded machine is "not yet", not a failure.
      .poll(
        () =>
          fetch(`${server.url}/readyz`).then(
            (answer) => answer.status,
            () => 0,
          ),
        {
          timeout: 60_000,
        },
      )
      .toBe(200);
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({
      status: "ready",
      as_of: "2026-11-21",
    });
  } finally {
    await server.stop();
    await upstream.close();
  }
});

/** Reads an answer slowly (16 KB every 20 ms), as a client on a slow line would. */
function slowDownload(url: string, onFirstBytes: () => void) {
  return new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    get(url, (response) => {
      let bytes = 0;
      let started = false;
      response.pause();
      const timer = setInterval(() => {
        for (let chunk = response.read(16_384); chunk; chunk = null) bytes += chunk.length;
        if (!started && bytes > 0) {
          started = true;
          onFirstBytes();
        }
      }, 20);
      response.on("end", () => {
        clearInterval(timer);
        resolve({ status: response.statusCode ?? 0, bytes });
      });
      response.on("error", (error) => {
        clearInterval(timer);
        reject(error);
      });
      // read() after the last chunk emits "end" only while the stream flows: keep it readable.
      response.on("readable", () => undefined);
    }).on("error", reject);
  });
}

test("SIGTERM during a CSV download: the file arrives whole, new connections are refused, exit 0", async () => {
  const server = await startNextServer("graceful", { DATA_DIR: storeDir("graceful") });
  const file = `${server.url}/api/history/task-models?format=csv`;
  try {
    const whole = Buffer.from(await (await fetch(file)).arrayBuffer()).length;
    expect(whole).toBeGreaterThan(500_000);

    // A load balancer asks every few seconds: nothing of it reaches the log.
    const logBytes = statSync(server.logFile).size;
    for (let check = 0; check < 20; check += 1) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    }
    expect(statSync(server.logFile).size).toBe(logBytes);

    let signalledAt = 0;
    const download = slowDownload(file, () => {
      signalledAt = Date.now();
      server.signal("SIGTERM");
    });
    await expect.poll(() => signalledAt).toBeGreaterThan(0);
    // The port closes at once: a new client (a load balancer's retry) goes elsewhere.
    await expect
      .poll(() =>
        fetch(`${server.url}/healthz`).then(
          () => "answered",
          () => "refused",
        ),
      )
      .toBe("refused");
    const finished = await download;
    expect(finished).toEqual({ status: 200, bytes: whole });
    expect(await server.exited).toBe(0);
    const log = readFileSync(server.logFile, "utf8");
    expect(log).toContain("[task-share] SIGTERM: finishing the requests under way, then stopping");
    expect(log).toContain("[task-share] stopped");
  } finally {
    await server.stop();
  }
});

/** Serves the stored 2026-11-21 with a 2 s window, then makes the next upstream call take `delayMs`. */
async function serverWithSlowRefresh(name: string, delayMs: number, env: Record<string, string>) {
  const upstream = await startFakeUpstream("upstream-2026-11-21.json");
  const server = await startNextServer(name, {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: storeDir(name),
    REVALIDATE_SECONDS: "2",
    UPSTREAM_TIMEOUT_MS: "60000",
    ...env,
  });
  await respondWith(upstream.controlUrl, { fixture: "upstream-2026-11-22.json", delayMs });
  // Requests keep the refresh going; wait until a call for the new day is under way.
  await expect
    .poll(
      async () => {
        await fetch(`${server.url}/api/status`).catch(() => undefined);
        const calls = await upstreamCalls(upstream.controlUrl);
        return calls.length > 1 && calls.at(-1)?.open === true;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  return { upstream, server };
}

test("SIGTERM during a refresh: the call under way completes and is stored, then exit 0", async () => {
  const { upstream, server } = await serverWithSlowRefresh("graceful-refresh", 3_000, {});
  try {
    server.signal("SIGTERM");
    expect(await server.exited).toBe(0);
    expect((await upstreamCalls(upstream.controlUrl)).at(-1)?.open).toBe(false);
    expect(readFileSync(server.logFile, "utf8")).not.toContain("refresh failed");
  } finally {
    await server.stop();
  }
  // The day that call fetched was stored before the exit: a restart serves it, upstream down.
  await refuseConnections(upstream.controlUrl);
  const restarted = await startNextServer("graceful-refresh-2", {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATA_DIR: storeDir("graceful-refresh"),
  });
  try {
    const day = await (await fetch(`${restarted.url}/api/classifications`)).json();
    expect(day.data.as_of).toBe("2026-11-22");
  } finally {
    await restarted.stop();
    await upstream.close();
  }
});

test("STOP_TIMEOUT_SECONDS bounds the stop: a job that will not end means exit 1", async () => {
  const { upstream, server } = await serverWithSlowRefresh("stop-timeout", 60_000, {
    STOP_TIMEOUT_SECONDS: "1",
  });
  try {
    const signalledAt = Date.now();
    server.signal("SIGTERM");
    expect(await server.exited).toBe(1);
    expect(Date.now() - signalledAt).toBeLessThan(20_000);
    expect(readFileSync(server.logFile, "utf8")).toContain(
      "[task-share] did not stop within 1 s (STOP_TIMEOUT_SECONDS): requests or jobs still running",
    );
  } finally {
    await server.stop();
    await upstream.close();
  }
});

/** Runs the built server in `cwd` with `env`, until it exits: its exit code and its output. */
function runServer(cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(".next", "task-share-server.mjs")], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, exited, output: () => output };
}

test("a port already in use: one clear line and exit 1, no stack trace", async () => {
  const port = new URL(live.url).port;
  const run = runServer(ROOT, { PORT: port, HOSTNAME: "127.0.0.1", DATA_DIR: storeDir("in-use") });
  expect(await run.exited).toBe(1);
  expect(run.output()).toBe(
    `[task-share] cannot listen on 127.0.0.1:${port}: the port is already in use (another server?). Stop it or set PORT to another port.\n`,
  );
});

test("PORT and HOSTNAME come from .env.local like every other variable", async () => {
  // A copy of the app's folder by links, with its own .env.local.
  const dir = mkdtempSync(path.join(storeDir(""), "env-local-"));
  for (const name of [".next", "node_modules", "package.json", "next.config.ts", "public"]) {
    symlinkSync(path.join(ROOT, name), path.join(dir, name));
  }
  const port = await freePort();
  writeFileSync(path.join(dir, ".env.local"), `PORT=${port}\nHOSTNAME=127.0.0.1\n`);
  const run = runServer(dir, { DATA_DIR: path.join(dir, "data") });
  try {
    await expect
      .poll(() => run.output(), { timeout: 60_000 })
      .toContain(`[task-share] ready on http://127.0.0.1:${port}`);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  } finally {
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }
});

/** A GET as a load balancer in front would send it: the public Host, no compression. */
function getAsProxied(url: string) {
  return new Promise<{ status: number; etag: string | undefined; body: string }>(
    (resolve, reject) => {
      const headers = { host: "share.example", "accept-encoding": "identity" };
      get(url, { headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, etag: response.headers.etag, body }),
        );
      }).on("error", reject);
    },
  );
}

test("replicas agree: the same URL gets the same body and ETag; a new replica serves at once", async () => {
  // A pair of its own at the default window: the suite's shared pair refreshes every 2 s, faster
  // than a replica reads the other's fetch, so each holds its own and they never settle.
  const [upstream, postgres] = await Promise.all([
    startFakeUpstream("upstream-2026-11-21.json"),
    startPostgres(),
  ]);
  const env = {
    OPENROUTER_API_KEY: TEST_API_KEY,
    OPENROUTER_BASE_URL: upstream.baseUrl,
    DATABASE_URL: createDatabase(postgres.url, "agree"),
  };
  const servers: RunningServer[] = [];
  try {
    const a = await startNextServer("agree-a", env);
    servers.push(a);
    await expect
      .poll(async () => (await fetch(`${a.url}/readyz`)).status, { timeout: 60_000 })
      .toBe(200);
    // Upstream is down from now on: the second replica has only what the first stored.
    await refuseConnections(upstream.controlUrl);
    const b = await startNextServer("agree-b", env);
    servers.push(b);
    const ready = await fetch(`${b.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", as_of: "2026-11-21" });

    for (const url of [
      "/api/classifications",
      "/api/history/all?format=csv",
      "/api/openapi.json",
      "/feed.xml",
      "/datapackage.json",
      "/",
      "/tags/code%3Ageneral_impl",
    ]) {
      const [fromA, fromB] = await Promise.all([
        getAsProxied(`${a.url}${url}`),
        getAsProxied(`${b.url}${url}`),
      ]);
      expect([fromA.status, fromB.status], url).toEqual([200, 200]);
      expect(fromB.etag, url).toBe(fromA.etag);
      if (url.startsWith("/api/") || url.includes(".")) expect(fromA.etag, url).toMatch(/^W\/"/);
      expect(fromB.body === fromA.body, `${url}: the same body`).toBe(true);
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await upstream.close();
    await postgres.stop();
  }
});
