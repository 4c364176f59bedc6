import "server-only";

import type { z } from "zod";

import { UpstreamError } from "./errors";
import { describeSchemaError } from "./schema";

// The one way this server reads anything from OpenRouter (the task endpoint, the rankings
// dataset, the model catalogue): one attempt, bounded in time and size, failures as
// UpstreamErrors with a code, Retry-After kept. Retries and the call budget are the callers'.

export type UpstreamConfig = {
  /** Absent for endpoints that need none (the catalogue); never logged or echoed. */
  apiKey?: string;
  baseUrl: string;
  timeoutMs: number;
  /** The largest body accepted: a bigger or endless one is refused before it fills memory. */
  maxBytes: number;
  now?: () => number;
};

/**
 * GETs `path` (with `query`) from the configured base URL and returns the body parsed as JSON
 * and validated by `schema`; any other outcome throws an UpstreamError.
 */
export async function fetchUpstreamJson<Schema extends z.ZodType>(
  config: UpstreamConfig,
  path: string,
  query: Record<string, string>,
  schema: Schema,
): Promise<z.output<Schema>> {
  const search = new URLSearchParams(query).toString();
  const url = `${config.baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
  const response = await request(url, config);
  if (!response.ok) {
    await response.body?.cancel();
    throw httpError(response);
  }
  const text = await readBounded(response, config);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new UpstreamError("invalid_json", "upstream sent a body that is not JSON", {
      status: response.status,
      cause,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidPayload(describeSchemaError(parsed.error), response.status);
  return parsed.data;
}

/** An answer that parsed but cannot be true: refused like any malformed one. */
export function invalidPayload(problem: string, status?: number, cause?: unknown): UpstreamError {
  return new UpstreamError("invalid_payload", `upstream payload failed validation: ${problem}`, {
    status,
    cause,
  });
}

/** The body as text, refused once it passes `maxBytes`, whatever Content-Length said. */
export async function readBounded(response: Response, config: UpstreamConfig): Promise<string> {
  const tooLarge = () =>
    new UpstreamError("too_large", `upstream sent more than ${config.maxBytes} bytes`, {
      status: response.status,
    });
  const declared = Number(response.headers.get("content-length"));
  if (declared > config.maxBytes || !response.body) {
    await response.body?.cancel();
    if (declared > config.maxBytes) throw tooLarge();
    return "";
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > config.maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (cause) {
    if (isTimeout(cause)) throw timeoutError(config, cause);
    throw cause;
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function request(url: string, config: UpstreamConfig): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json", "X-Title": "Task Share" };
  if (config.apiKey) headers.Authorization = `Bearer ${config.apiKey}`;
  try {
    return await fetch(url, {
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (cause) {
    if (isTimeout(cause)) throw timeoutError(config, cause);
    throw new UpstreamError("network", "could not reach upstream", { cause });
  }
}

// A body that stalls after the headers trips the same timeout as a request that never answers.
function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === "TimeoutError";
}

function timeoutError(config: UpstreamConfig, cause: unknown): UpstreamError {
  return new UpstreamError("timeout", `upstream did not answer within ${config.timeoutMs} ms`, {
    cause,
  });
}

export function httpError(response: Response): UpstreamError {
  const status = response.status;
  if (status === 401 || status === 403) {
    return new UpstreamError("unauthorized", `upstream rejected the API key (HTTP ${status})`, {
      status,
    });
  }
  if (status === 429) {
    return new UpstreamError("rate_limited", "upstream rate limited (HTTP 429)", {
      status,
      retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after")),
    });
  }
  return new UpstreamError("http_error", `upstream answered HTTP ${status}`, { status });
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
