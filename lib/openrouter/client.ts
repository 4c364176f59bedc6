import "server-only";

import { latestPlausibleDay } from "../dates";
import { UpstreamError } from "./errors";
import {
  describeSchemaError,
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "./schema";

// A small typed client instead of @openrouter/sdk: the SDK renames the wire fields to camelCase
// and drops fields it does not know, while /api/classifications must republish the upstream
// `data` object unchanged; and its default retry loop (up to an hour, not stopped by a timeout)
// is wrong for a server that already retries on its own schedule. Here: one attempt, bounded.

export type UpstreamConfig = {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  /** The largest body accepted: a bigger or endless one is refused before it fills memory. */
  maxBytes: number;
  now?: () => number;
};

export async function fetchTaskClassifications(
  config: UpstreamConfig,
  window = "7d",
): Promise<RawClassificationsData> {
  const url = `${upstreamUrl(config.baseUrl, "/classifications/task")}?window=${encodeURIComponent(window)}`;
  const { body, status } = await fetchUpstreamJson(url, config);

  const parsed = rawClassificationsResponseSchema.safeParse(body);
  if (!parsed.success) {
    throw new UpstreamError(
      "invalid_payload",
      `upstream payload failed validation: ${describeSchemaError(parsed.error)}`,
      { status, cause: parsed.error },
    );
  }
  const data = parsed.data.data;
  // A day later than tomorrow (UTC) cannot be real: stored, it would stand as the newest day
  // for good and hide every later good one.
  const latest = latestPlausibleDay((config.now ?? Date.now)());
  if (data.as_of > latest) {
    throw new UpstreamError(
      "invalid_payload",
      `upstream payload failed validation: as_of ${data.as_of} is later than ${latest}`,
      { status },
    );
  }
  return data;
}

/** A path under the configured base URL: `upstreamUrl("https://…/api/v1/", "/models")`. */
export function upstreamUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

/**
 * One bounded GET of a JSON body (timeout, `maxBytes`), shared by every upstream reader. The
 * key is sent only when given: the model catalogue needs none.
 */
export async function fetchUpstreamJson(
  url: string,
  config: Omit<UpstreamConfig, "apiKey"> & { apiKey?: string },
): Promise<{ body: unknown; status: number }> {
  const response = await request(url, config);
  if (!response.ok) {
    await response.body?.cancel();
    throw httpError(response);
  }
  const text = await readBounded(response, config);
  try {
    return { body: JSON.parse(text), status: response.status };
  } catch (cause) {
    throw new UpstreamError("invalid_json", "upstream sent a body that is not JSON", {
      status: response.status,
      cause,
    });
  }
}

/** The body as text, refused once it passes `maxBytes`, whatever Content-Length said. */
async function readBounded(
  response: Response,
  config: Pick<UpstreamConfig, "maxBytes" | "timeoutMs">,
): Promise<string> {
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

async function request(
  url: string,
  config: Pick<UpstreamConfig, "timeoutMs"> & { apiKey?: string },
): Promise<Response> {
  try {
    return await fetch(url, {
      headers: {
        ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}),
        Accept: "application/json",
        "X-Title": "Task Share",
      },
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

function timeoutError(config: Pick<UpstreamConfig, "timeoutMs">, cause: unknown): UpstreamError {
  return new UpstreamError("timeout", `upstream did not answer within ${config.timeoutMs} ms`, {
    cause,
  });
}

function httpError(response: Response): UpstreamError {
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
