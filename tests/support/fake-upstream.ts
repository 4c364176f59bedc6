import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// A local stand-in for OpenRouter's classifications endpoint. It serves a fixture on
// GET {base}/classifications/task, records every call (with its Authorization header), and is
// steered over HTTP so Playwright workers in other processes can change what it answers:
//   POST /__control/respond  {"fixture": "upstream-2026-11-22.json", "delayMs"?: 1500}
//                            or {"status": 500, "body": "…", "contentType"?, "delayMs"?}
//   GET  /__control/calls    → [{ "path", "authorization", "at" }]
//   POST /__control/reset    → back to the initial fixture, calls cleared

export const FAKE_API_PREFIX = "/api/v1";

type Reply = { status: number; body: string; contentType: string; delayMs: number };
type Call = { path: string; authorization: string | null; at: number };

export type FakeUpstream = { baseUrl: string; controlUrl: string; close: () => Promise<void> };

const FIXTURES_DIR = path.join(__dirname, "..", "fixtures");

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, path.basename(name)), "utf8");
}

function fixtureReply(name: string, delayMs = 0): Reply {
  return { status: 200, body: readFixture(name), contentType: "application/json", delayMs };
}

export async function startFakeUpstream(initialFixture: string): Promise<FakeUpstream> {
  let reply = fixtureReply(initialFixture);
  let calls: Call[] = [];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    if (url.pathname === `${FAKE_API_PREFIX}/classifications/task` && request.method === "GET") {
      calls.push({
        path: `${url.pathname}${url.search}`,
        authorization: request.headers.authorization ?? null,
        at: Date.now(),
      });
      if (reply.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      return send(response, reply.status, reply.body, reply.contentType);
    }
    if (url.pathname === "/__control/calls") return sendJson(response, 200, calls);
    if (url.pathname === "/__control/reset" && request.method === "POST") {
      reply = fixtureReply(initialFixture);
      calls = [];
      return sendJson(response, 200, { ok: true });
    }
    if (url.pathname === "/__control/respond" && request.method === "POST") {
      const control: unknown = JSON.parse(await readBody(request));
      reply = replyFromControl(control);
      return sendJson(response, 200, { ok: true });
    }
    return send(response, 404, "not found", "text/plain");
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}${FAKE_API_PREFIX}`,
    controlUrl: `${origin}/__control`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
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

function send(response: ServerResponse, status: number, body: string, contentType: string) {
  response.writeHead(status, { "Content-Type": contentType });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, JSON.stringify(value), "application/json");
}
