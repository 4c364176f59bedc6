import { statSync } from "node:fs";
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
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
  if (range === undefined || isSatisfiableRange(range)) return false;
  // Only files are served in ranges, and a 416 must name the file's complete length; a Range
  // with another unit, or on a page (rendered whole), is ignored, as RFC 9110 (14.2) allows.
  const length = isByteRange(range) ? fileLength(url.pathname) : undefined;
  if (length === undefined) {
    delete request.headers.range;
    return false;
  }
  response.setHeader("Content-Range", `bytes */${length}`);
  refuse(response, url, 416, "The requested byte range cannot be satisfied.");
  return true;
}

function isByteRange(header: string): boolean {
  return header.split("=", 1)[0]?.trim().toLowerCase() === "bytes";
}

// Where the files Next serves as they are live: public/ at the root, the build's static assets.
const FILE_ROOTS = [
  { prefix: "/_next/static/", dir: path.join(".next", "static") },
  { prefix: "/", dir: "public" },
];

/** The size of the file a path serves, or undefined when it serves none. */
function fileLength(pathname: string): number | undefined {
  const root = FILE_ROOTS.find(({ prefix }) => pathname.startsWith(prefix));
  if (!root) return undefined;
  const dir = path.resolve(root.dir);
  try {
    const file = path.resolve(
      dir,
      `.${decodeURIComponent(pathname.slice(root.prefix.length - 1))}`,
    );
    if (!file.startsWith(`${dir}${path.sep}`)) return undefined;
    const stats = statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
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
