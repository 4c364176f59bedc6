import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

import { refusal } from "./refusal";
import { securityHeaders } from "./security-headers";

// What server.ts settles before Next sees a request: the security headers on every answer
// (Next's own redirects, static-file 404s and image errors included, which proxy.ts never sees),
// methods the app has no use for, byte ranges no file can satisfy, and requests Node's parser
// refuses (headers too large) — each a clear 4xx instead of a bare 500 or a header-less answer.

const METHODS = "GET, HEAD";
const RANGE_SPEC = /^(\d*)-(\d*)$/;

/** The security headers for a path, set before Next so that every answer carries them. */
export function setSecurityHeaders(
  response: ServerResponse,
  pathname: string,
  embedOrigins: string[],
) {
  for (const [name, value] of Object.entries(securityHeaders(pathname, embedOrigins))) {
    response.setHeader(name, value);
  }
}

/**
 * Answers a request Next must not handle, and says whether it did: any method but GET and HEAD
 * (the app has no forms or actions; Next throws on TRACE), and a Range no file can satisfy.
 */
export function refuseBeforeNext(request: IncomingMessage, response: ServerResponse, url: URL) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", METHODS);
    refuse(response, url, 405, `${request.method ?? "This method"} is not allowed here; use GET.`);
    return true;
  }
  const range = request.headers.range;
  if (range !== undefined && !isSatisfiableRange(range)) {
    response.setHeader("Content-Range", "bytes */*");
    refuse(response, url, 416, "The requested byte range cannot be satisfied.");
    return true;
  }
  return false;
}

/** `bytes=0-99`, `bytes=100-`, `bytes=-50` and lists of them; a first byte after the last is not. */
export function isSatisfiableRange(header: string): boolean {
  const [unit, specs] = header.split("=", 2);
  if (unit?.trim() !== "bytes" || !specs) return false;
  return specs.split(",").every((spec) => {
    const match = RANGE_SPEC.exec(spec.trim());
    if (!match) return false;
    const [, first = "", last = ""] = match;
    if (first === "" && last === "") return false;
    return first === "" || last === "" || Number(first) <= Number(last);
  });
}

function refuse(response: ServerResponse, url: URL, status: number, message: string) {
  const { contentType, body } = refusal(url.pathname, status, message);
  response.statusCode = status;
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Content-Type", contentType);
  response.end(body);
}

/**
 * The answer to a request Node could not parse (`clientError`): 431 for headers too large, 400
 * otherwise, with the security headers Node's own answer lacks.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const headers = Object.entries({
    ...securityHeaders("/", []),
    "Content-Type": "text/plain; charset=utf-8",
    Connection: "close",
  }).map(([name, value]) => `${name}: ${value}`);
  const body = `${STATUS_CODES[status]}\n`;
  socket.end(
    [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...headers, `Content-Length: ${body.length}`]
      .join("\r\n")
      .concat(`\r\n\r\n${body}`),
  );
}
