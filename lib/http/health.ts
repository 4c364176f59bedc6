import type { IncomingMessage, ServerResponse } from "node:http";

import type { z } from "zod";

import { queryProblem, type ApiRoute } from "./api-schemas/api-route";
import {
  HEALTHZ_ROUTE,
  READYZ_ROUTE,
  type healthAnswer,
  type notReadyAnswer,
  type readyAnswer,
} from "./api-schemas/health";
import { isDataLayerLoaded, probeHeldData } from "./data-probe";
import { errorBody } from "./refusal";

// Liveness and readiness for whatever runs the replicas (a load balancer, systemd, Kubernetes).
// server.ts answers both before the render cache and Next: they are never cached, never logged,
// and /healthz answers even while Next is still loading or the store is down.

type Answer =
  | z.infer<typeof healthAnswer>
  | z.infer<typeof readyAnswer>
  | z.infer<typeof notReadyAnswer>
  | ReturnType<typeof errorBody>;

/** Whether this process can answer with data now, and if not why. */
export async function readiness(
  stopping: boolean,
): Promise<z.infer<typeof readyAnswer> | z.infer<typeof notReadyAnswer>> {
  const unavailable = (reason: string) => ({ status: "unavailable" as const, reason });
  if (stopping) return unavailable("the server is stopping");
  if (!isDataLayerLoaded()) {
    return unavailable("the server is starting: the data layer has not loaded yet");
  }
  try {
    const held = await probeHeldData();
    if (held.available) return { status: "ready", as_of: held.asOf ?? null };
    return unavailable(held.reason ?? "no data can be served yet");
  } catch {
    return unavailable("the snapshot store could not be read");
  }
}

function send(request: IncomingMessage, response: ServerResponse, status: number, body: Answer) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  response.end(request.method === "HEAD" ? undefined : text);
}

/**
 * Answers GET or HEAD /healthz (200 while the process serves requests) and /readyz (200 with the
 * newest day once data can be served, else 503 and the reason), and says whether it did.
 */
export function answerHealthCheck(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  stopping: () => boolean,
): boolean {
  const route: ApiRoute | undefined = [HEALTHZ_ROUTE, READYZ_ROUTE].find(
    (entry) => entry.path === url.pathname,
  );
  if (!route) return false;
  const problem = queryProblem(route, url.searchParams);
  if (problem) {
    send(request, response, 400, errorBody(400, problem));
  } else if (route === HEALTHZ_ROUTE) {
    send(request, response, 200, { status: "ok" });
  } else {
    void readiness(stopping()).then((state) =>
      send(request, response, state.status === "ready" ? 200 : 503, state),
    );
  }
  return true;
}
