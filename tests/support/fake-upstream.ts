import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { APP_RANKINGS_PATH, createFakeAppRankings } from "./fake-app-rankings";
import { createFakeCatalogue } from "./fake-catalogue";
import { createFakeRankings, RANKINGS_PATH } from "./fake-rankings";
import { createFakeSessionCost, SESSION_COST_PATH } from "./fake-session-cost";

// A local stand-in for OpenRouter's classifications endpoint. It serves a fixture on
// GET {base}/classifications/task and records every call (with its Authorization header).
// It is steered over HTTP on a second port, so Playwright workers in other processes and the
// upstream port itself can be changed (even closed, to refuse connections):
//   POST /respond  {"fixture": "upstream-2026-11-22.json", "delayMs"?: 1500}
//                  or {"status": 500, "body": "…", "contentType"?, "delayMs"?, "headers"?}
//   POST /refuse   close the upstream port: connections are refused until the next /respond
//   GET  /calls    → [{ "path", "authorization", "at", "open" }] (open: not answered or dropped yet);
//                  ?path=/api/v1/classifications/task keeps the calls of that path alone
//   POST /reset    → back to the initial fixture, calls cleared
// It also serves the rankings dataset (fake-rankings.ts, steered under /rankings/); /respond
// and /refuse's faults are the task endpoint's.
// It also serves the model catalogue, steered and counted apart (tests/support/fake-catalogue.ts),
// and the session costs (fake-session-cost.ts, steered under /session-cost, counted in /calls).
// It also serves the app rankings (fake-app-rankings.ts, steered under /apps, counted in /calls).

export const FAKE_API_PREFIX = "/api/v1";

type Reply = {
  status: number;
  body: string;
  contentType: string;
  delayMs: number;
  headers: Record<string, string>;
};
type Call = { path: string; authorization: string | null; at: number; open: boolean };

export type FakeUpstream = { baseUrl: string; controlUrl: string; close: () => Promise<void> };

const FIXTURES_DIR = path.join(__dirname, "..", "fixtures");

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, path.basename(name)), "utf8");
}

function fixtureReply(name: string, delayMs = 0): Reply {
  return {
    status: 200,
    body: readFixture(name),
    contentType: "application/json",
    delayMs,
    headers: {},
  };
}

export async function startFakeUpstream(
  initialFixture: string,
  options: { catalogueFault?: { status: number; body: string } } = {},
): Promise<FakeUpstream> {
  let reply = fixtureReply(initialFixture);
  let calls: Call[] = [];
  const rankings = createFakeRankings();
  const sessionCost = createFakeSessionCost();
  const appRankings = createFakeAppRankings();
  const catalogue = createFakeCatalogue(FAKE_API_PREFIX, { fault: options.catalogueFault });

  const upstream = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    if (catalogue.serve(url, request, response)) return;
    const rankingsCall = url.pathname === `${FAKE_API_PREFIX}${RANKINGS_PATH}`;
    const sessionCostCall = url.pathname === `${FAKE_API_PREFIX}${SESSION_COST_PATH}`;
    const appRankingsCall = url.pathname === `${FAKE_API_PREFIX}${APP_RANKINGS_PATH}`;
    if (
      (!rankingsCall &&
        !sessionCostCall &&
        !appRankingsCall &&
        url.pathname !== `${FAKE_API_PREFIX}/classifications/task`) ||
      request.method !== "GET"
    ) {
      return send(response, 404, "not found", "text/plain");
    }
    const call = {
      path: `${url.pathname}${url.search}`,
      authorization: request.headers.authorization ?? null,
      at: Date.now(),
      open: true,
    };
    calls.push(call);
    response.on("close", () => (call.open = false));
    if (rankingsCall) return rankings.serve(url, response);
    if (sessionCostCall) return sessionCost.serve(url, response);
    if (appRankingsCall) return appRankings.serve(url, response);
    const current = reply;
    if (current.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, current.delayMs));
    if (!response.destroyed)
      send(response, current.status, current.body, current.contentType, current.headers);
  });
  const upstreamPort = await listen(upstream, 0);
  let upstreamOpen = true;

  const reopen = async () => {
    if (upstreamOpen) return;
    await listen(upstream, upstreamPort);
    upstreamOpen = true;
  };

  const control = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    if (url.pathname === "/calls") {
      const only = url.searchParams.get("path");
      return sendJson(
        response,
        200,
        only === null ? calls : calls.filter((call) => call.path.split("?")[0] === only),
      );
    }
    if (await catalogue.control(url, () => readBody(request), response)) return;
    if (request.method !== "POST") return send(response, 404, "not found", "text/plain");
    const body = await readBody(request);
    if (
      rankings.control(url.pathname, body) ||
      sessionCost.control(url.pathname, body) ||
      appRankings.control(url.pathname, body)
    ) {
      return sendJson(response, 200, { ok: true });
    }
    if (url.pathname === "/reset") {
      reply = fixtureReply(initialFixture);
      calls = [];
      rankings.reset();
      sessionCost.reset();
      appRankings.reset();
      await reopen();
      return sendJson(response, 200, { ok: true });
    }
    if (url.pathname === "/respond") {
      reply = replyFromControl(JSON.parse(body));
      await reopen();
      return sendJson(response, 200, { ok: true });
    }
    if (url.pathname === "/refuse") {
      upstreamOpen = false;
      upstream.closeAllConnections();
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
      return sendJson(response, 200, { ok: true });
    }
    return send(response, 404, "not found", "text/plain");
  });
  const controlPort = await listen(control, 0);

  return {
    baseUrl: `http://127.0.0.1:${upstreamPort}${FAKE_API_PREFIX}`,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    close: async () => {
      for (const server of upstreamOpen ? [upstream, control] : [control]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function replyFromControl(control: unknown): Reply {
  if (typeof control !== "object" || control === null) throw new Error("control must be an object");
  const fields = control as Record<string, unknown>;
  const delayMs = typeof fields.delayMs === "number" ? fields.delayMs : 0;
  if (typeof fields.fixture === "string") return fixtureReply(fields.fixture, delayMs);
  return {
    status: typeof fields.status === "number" ? fields.status : 200,
    body: typeof fields.body === "string" ? fields.body : "",
    contentType: typeof fields.contentType === "string" ? fields.contentType : "application/json",
    delayMs,
    headers:
      typeof fields.headers === "object" && fields.headers !== null
        ? (fields.headers as Record<string, string>)
        : {},
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { "Content-Type": contentType, ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, JSON.stringify(value), "application/json");
}
