import { z } from "zod";

import type { ApiRoute } from "./api-route";
import { dateSchema, sourceSchema } from "./common";

const time = z.iso.datetime();
const lastErrorSchema = z.object({ code: z.string(), message: z.string(), at: time });

export const statusAnswer = z.object({
  source: sourceSchema,
  mode: z.enum(["live", "sample"]).meta({ description: "The server's: it has a key or not." }),
  as_of: dateSchema.nullable(),
  fetched_at: time.nullable(),
  stale: z.boolean().meta({ description: "The last refresh failed; the last good day is served." }),
  next_refresh_at: time.nullable(),
  last_error: lastErrorSchema.nullable().meta({
    description: "The failure that still holds: null once a refresh has succeeded since.",
  }),
  last_failure: lastErrorSchema
    .nullable()
    .meta({ description: "The most recent failure, with its time, even when resolved: history." }),
  store: z.enum(["embedded", "postgres"]).nullable(),
  store_failing_since: time.nullable(),
  snapshot_count: z.int().nonnegative().nullable(),
  rankings: z
    .object({
      state: z.enum(["ready", "backfilling", "failing"]),
      as_of: time.nullable().meta({ description: "meta.as_of of the newest stored answer." }),
      first_date: dateSchema.nullable(),
      last_date: dateSchema.nullable(),
      next_refresh_at: time.nullable(),
      last_error: lastErrorSchema.nullable(),
    })
    .nullable()
    .meta({ description: "The rankings dataset's daily series; it never decides this status." }),
  catalogue: z
    .object({
      source: z.enum(["live", "sample", "none"]),
      fetched_at: time.nullable(),
      next_refresh_at: time.nullable(),
      last_error: lastErrorSchema.nullable(),
    })
    .meta({ description: "The model catalogue (names, open weights): the one held, its refresh." }),
  call_budget: z
    .object({
      per_minute: z.int().positive(),
      per_day: z.int().positive(),
      used_last_minute: z.int().nonnegative(),
      used_today: z.int().nonnegative(),
    })
    .nullable()
    .meta({ description: "Upstream calls made by every replica, against the shared limits." }),
});

export const STATUS_ROUTE: ApiRoute = {
  path: "/api/status",
  operationId: "getStatus",
  summary: "How fresh the data is",
  description:
    "The operator's view of the data path: the served day, the next refresh, the last failure (no secrets) and the store. Answers 503 with the same fields while there is no data. Never cached.",
  params: [],
  answers: { json: statusAnswer },
  cached: false,
  whileNoData: statusAnswer,
};
