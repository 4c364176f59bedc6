import { z } from "zod";

import { TASKS } from "../../export/datasets";
import { rawClassificationsDataSchema } from "../../openrouter/schema";
import type { ApiRoute } from "./api-route";
import { asOfParam, citationSchema, formatParam, sourceSchema } from "./common";

export const classificationsAnswer = z.object({
  data: rawClassificationsDataSchema.meta({
    description:
      "OpenRouter's answer for the day, unchanged: snake_case, raw fractions at full precision. Fields upstream adds later pass through.",
  }),
  citation: citationSchema,
  source: sourceSchema,
  fetched_at: z.iso.datetime().meta({ description: "When this server fetched the day (UTC)." }),
});

export const CLASSIFICATIONS_ROUTE: ApiRoute = {
  path: "/api/classifications",
  operationId: "getClassifications",
  summary: "One day's task classifications",
  description:
    "The latest stored day, or the one `as_of` names: OpenRouter's data unchanged with its provenance. `format=csv` gives the day's tasks as the rows of the tasks dataset (one per task).",
  params: [asOfParam, formatParam],
  answers: { json: classificationsAnswer, csv: TASKS.row },
  cached: true,
};
