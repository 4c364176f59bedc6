import "server-only";

import { getClassifications, type Classifications } from "./openrouter";
import { NoDataError } from "./refresh/refreshing-value";

// JSON answers of the API routes: always fresh (the server's cache is the cache), errors in the
// upstream's own shape `{ error: { code, message } }`.

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonData(body: unknown): Response {
  return Response.json(body, { headers: NO_STORE });
}

export function jsonError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { code: status, message } },
    { status, headers: { ...NO_STORE, ...headers } },
  );
}

/** Answers from the current snapshot, or 503 while no data has ever loaded. */
export async function withClassifications(
  respond: (classifications: Classifications) => Response,
): Promise<Response> {
  let classifications: Classifications;
  try {
    classifications = await getClassifications();
  } catch (error) {
    if (!(error instanceof NoDataError)) throw error;
    return jsonError(503, "No data yet: the upstream could not be reached. Try again shortly.", {
      "Retry-After": "30",
    });
  }
  return respond(classifications);
}
