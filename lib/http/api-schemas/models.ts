import { z } from "zod";

import { MODELS } from "../../export/datasets";
import type { ApiRoute } from "./api-route";
import {
  asOfParam,
  citationSchema,
  dateSchema,
  formatParam,
  shareSchema,
  sourceSchema,
} from "./common";

const envelope = {
  as_of: dateSchema.meta({ description: "The day the figures are as of." }),
  citation: citationSchema,
  source: sourceSchema,
  note: z.string().meta({ description: "What the estimated figures are (lower bounds)." }),
  catalogue: z
    .object({ source: z.enum(["live", "sample", "none"]), fetched_at: z.iso.datetime().nullable() })
    .meta({
      description:
        'Where name, open_weights, created and catalogue_id come from: OpenRouter\'s model catalogue as last fetched ("none": not loaded yet, every such field null).',
    }),
};

export const modelAnswer = z.object({
  id: z.string(),
  name: z
    .string()
    .nullable()
    .meta({ description: "The catalogue's display name; null when it does not list the model." }),
  open_weights: z.boolean().nullable().meta({
    description:
      "true: the catalogue names a Hugging Face repository; false: it names none; null: the catalogue does not list the model (unknown, never counted as either).",
  }),
  created: z.iso
    .datetime()
    .nullable()
    .meta({ description: "When OpenRouter added the model; null when unknown." }),
  catalogue_id: z.string().nullable().meta({
    description: "The undated catalogue id its dated versions share; null when unknown.",
  }),
  provider: z.string(),
  est_usage_share: shareSchema.meta({
    description: "Estimated share of all classified requests (a lower bound).",
  }),
  est_token_share: shareSchema.meta({
    description: "Estimated share of all classified tokens (a lower bound).",
  }),
  tags: z.array(
    z.object({
      tag: z.string(),
      rank: z.int().positive(),
      tag_usage_share: shareSchema,
      tag_token_share: shareSchema,
      usage_contribution: shareSchema,
      token_contribution: shareSchema,
    }),
  ),
});

export const modelsAnswer = z.object({
  ...envelope,
  models: z.array(modelAnswer).meta({
    description:
      "Each model: its id, provider, estimated shares, and every task that lists it (its rank there, its shares of the task, and its contribution to all classified traffic).",
  }),
});

export const oneModelAnswer = z.object({
  ...envelope,
  model: modelAnswer
    .extend({
      versions: z.array(
        z.object({ id: z.string(), created: z.iso.datetime(), added_on: dateSchema }),
      ),
    })
    .meta({
      description:
        "The model, as one entry of /api/models, with the dated versions the catalogue lists under its catalogue id.",
    }),
});

export const MODELS_ROUTE: ApiRoute = {
  path: "/api/models",
  operationId: "getModels",
  summary: "Every listed model on one day",
  description:
    "Every model in any task's top list, largest estimated request share first, with the tasks that list it. `format=csv` gives the rows of the models dataset for the day.",
  params: [asOfParam, formatParam],
  answers: { json: modelsAnswer, csv: MODELS.row },
  cached: true,
};

export const MODEL_ROUTE: ApiRoute = {
  // The server takes the id as the rest of the path, its slash kept; a template parameter
  // cannot hold a "/", so the description names the id's two parts as the server serves them.
  path: "/api/models/{provider}/{model}",
  operationId: "getModel",
  summary: "One model on one day",
  description:
    "One model, its id (provider/model) as the path with each part percent-encoded and the slash kept: `/api/models/anthropic/claude-opus-5.5-20260921`.",
  params: [
    {
      name: "provider",
      in: "path",
      required: true,
      description: "The model id's part before its slash.",
      schema: z.string().min(1),
      example: "anthropic",
    },
    {
      name: "model",
      in: "path",
      required: true,
      description: "The model id's part after its slash.",
      schema: z.string().min(1),
      example: "claude-opus-5.5-20260921",
    },
    asOfParam,
  ],
  answers: { json: oneModelAnswer },
  cached: true,
  notFound: "No task's top list names the model on that day.",
};
