import { z } from "zod";

import type { ApiRoute } from "./api-route";

// The health checks a load balancer or supervisor asks (answered by server.ts, lib/http/health.ts).

export const healthAnswer = z.object({ status: z.literal("ok") });

export const readyAnswer = z.object({
  status: z.literal("ready"),
  as_of: z.iso
    .date()
    .nullable()
    .meta({ description: "The newest day served (null: sample data not loaded yet)." }),
});

export const notReadyAnswer = z.object({
  status: z.literal("unavailable"),
  reason: z.string().meta({
    description:
      "Why, in a sentence: starting, stopping, nothing stored yet, or the store cannot be read.",
  }),
});

export const HEALTHZ_ROUTE: ApiRoute = {
  path: "/healthz",
  operationId: "getLiveness",
  summary: "Liveness: the process serves requests",
  description:
    "200 for as long as the process answers requests, whatever upstream or the store do: a supervisor restarts a replica only when this fails. Never cached, never logged.",
  params: [],
  answers: { json: healthAnswer },
  cached: false,
  whileNoData: false,
};

export const READYZ_ROUTE: ApiRoute = {
  path: "/readyz",
  operationId: "getReadiness",
  summary: "Readiness: this replica can answer with data",
  description:
    "200 with the newest day once this replica can serve data; 503 with the reason while it starts, stops, has no day stored or cannot read its store, so a load balancer sends its traffic elsewhere. Never cached, never logged.",
  params: [],
  answers: { json: readyAnswer },
  cached: false,
  whileNoData: notReadyAnswer,
};
