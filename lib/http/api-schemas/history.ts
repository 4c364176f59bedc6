import { z } from "zod";

import { TASKS } from "../../export/datasets";
import type { ApiRoute } from "./api-route";
import {
  citationSchema,
  dateSchema,
  formatParam,
  shareSchema,
  sourceSchema,
  upToParam,
} from "./common";

export const tagHistoryAnswer = z.object({
  tag: z.string().meta({ description: "The task's key." }),
  as_of: dateSchema.meta({ description: "The last stored day included." }),
  points: z
    .array(
      z.object({
        as_of: dateSchema,
        window_days: z.int().positive(),
        display_name: z.string(),
        macro_category: z.string(),
        usage_share: shareSchema,
        token_share: shareSchema,
        category_usage_share: shareSchema,
        category_token_share: shareSchema,
        models: z.array(
          z.object({ id: z.string(), tag_usage_share: shareSchema, tag_token_share: shareSchema }),
        ),
      }),
    )
    .meta({
      description:
        "One per stored day that lists the task, oldest first: its shares as stored and the task's top models that day.",
    }),
  citation: citationSchema,
  source: sourceSchema,
});

export const HISTORY_ROUTE: ApiRoute = {
  path: "/api/history",
  operationId: "getTagHistory",
  summary: "One task on every stored day",
  description:
    "One task's stored values on every stored day that lists it, oldest first, with each day's top models. Days with no snapshot are absent. `format=csv` gives the task's rows of the tasks dataset.",
  params: [
    {
      name: "tag",
      in: "query",
      required: true,
      description: "The task's key.",
      schema: z.string().min(1),
      example: "code:general_impl",
    },
    upToParam,
    formatParam,
  ],
  answers: { json: tagHistoryAnswer, csv: TASKS.row },
  cached: true,
  notFound: "No stored day lists the task.",
};
