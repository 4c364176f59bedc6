import { z } from "zod";

import { TURN_RANGES } from "../../model";
import type { ApiRoute } from "./api-route";
import { dateSchema, formatParam } from "./common";

const MEDIAN_NOTE =
  "A median of sessions, not a price or a sum: never add or average medians across cells.";

export const sessionCostRow = z.object({
  app_slug: z.string().meta({ description: "The harness (an agent app), as OpenRouter names it." }),
  app_name: z.string().meta({ description: "The harness's display name (untrusted text)." }),
  model_permaslug: z.string().meta({ description: "The model's dated slug." }),
  turn_range: z.enum(TURN_RANGES),
  median_session_cost_usd: z
    .number()
    .nonnegative()
    .meta({
      description: `The median USD one session cost, exactly as OpenRouter published it. ${MEDIAN_NOTE}`,
    }),
});

const sessionCostCitation = z.string().meta({
  description:
    'Cite as given: "Source: OpenRouter (openrouter.ai), as of {date}. Licensed under CC BY 4.0." (sample data says it is illustrative instead).',
});

export const sessionCostAnswer = z.object({
  citation: sessionCostCitation,
  as_of: z.iso
    .datetime({ offset: true })
    .nullable()
    .meta({ description: "meta.as_of of the stored snapshot, as OpenRouter wrote it." }),
  source: z.enum(["live", "sample"]),
  status: z.enum(["published", "unpublished"]).meta({
    description: "unpublished: OpenRouter has no snapshot yet (normal): no rows, a null window.",
  }),
  window_days: z.number().int().nullable().meta({ description: "How many days of sessions." }),
  window_end_date: dateSchema.nullable().meta({ description: "The sessions' last day." }),
  rows: z.array(sessionCostRow).meta({ description: `Every published cell. ${MEDIAN_NOTE}` }),
});

export const sessionCostCsvRow = sessionCostRow.extend({ citation: sessionCostCitation });

export const SESSION_COST_ROUTE: ApiRoute = {
  path: "/api/session-cost",
  operationId: "getSessionCost",
  summary: "Median cost per agent session by harness, model and turn range",
  description:
    "OpenRouter's session-cost dataset as stored: every cell of the newest weekly snapshot (all of upstream's pages gathered), the median USD one session cost for a harness with a model, by turn range. `format=csv` gives the same rows. Answers 503 while the first snapshot is still being fetched; `status: unpublished` with no rows when OpenRouter has published none yet.",
  params: [
    {
      name: "app_slug",
      in: "query",
      description: "One harness: its cells alone.",
      schema: z.string().min(1).max(500),
      invalid: (raw) => `app_slug must be a harness's slug, not "${raw}".`,
    },
    {
      name: "model",
      in: "query",
      description: "An exact model permaslug; alone, it compares harnesses at a fixed model.",
      schema: z.string().min(1).max(500),
      invalid: (raw) => `model must be a model's dated slug, not "${raw}".`,
    },
    {
      name: "turn_range",
      in: "query",
      description: "One turn range.",
      schema: z.enum(TURN_RANGES),
      invalid: (raw) => `turn_range must be one of ${TURN_RANGES.join(", ")}, not "${raw}".`,
    },
    formatParam,
  ],
  answers: { json: sessionCostAnswer, csv: sessionCostCsvRow },
  cached: true,
};

/** The newest snapshot as one CSV download, for /datapackage.json. */
export const SESSION_COST_DOWNLOAD = {
  name: "session-cost",
  title: "OpenRouter's median cost per agent session by harness, model and turn range",
  description: `Every cell of the newest weekly snapshot of OpenRouter's session-cost dataset, as published; each row cites it. ${MEDIAN_NOTE}`,
  path: `${SESSION_COST_ROUTE.path}?format=csv`,
  row: sessionCostCsvRow,
  primaryKey: ["app_slug", "model_permaslug", "turn_range"],
};
