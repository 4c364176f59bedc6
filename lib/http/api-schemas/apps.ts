import { z } from "zod";

import { APP_CATEGORIES, APP_SORTS, APP_SUBCATEGORY_NAMES } from "../../model";
import type { ApiRoute } from "./api-route";
import { dateSchema, formatParam } from "./common";

const TOKENS_NOTE =
  "Prompt and completion tokens, each counted by its model's own tokenizer: an exact integer as a decimal string (it may pass 2^53).";

export const appRow = z.object({
  app_id: z.number().int().meta({ description: "The app's stable id on OpenRouter." }),
  app_name: z.string().meta({ description: "The app's display name (untrusted text)." }),
  rank: z.number().int().positive().meta({ description: "Its rank in the window, from 1." }),
  total_requests: z.number().int().nonnegative(),
  total_tokens: z.string().regex(/^\d+$/).meta({ description: TOKENS_NOTE }),
});

const appsCitation = z.string().meta({
  description:
    'Cite as given: "Source: OpenRouter (openrouter.ai/apps), as of {date}." (sample data says it is illustrative instead).',
});

export const appsAnswer = z.object({
  citation: appsCitation,
  as_of: z.iso.datetime({ offset: true }).meta({
    description: "meta.as_of of the stored answer, as OpenRouter wrote it.",
  }),
  source: z.enum(["live", "sample"]),
  start_date: dateSchema,
  end_date: dateSchema,
  sort: z.enum(APP_SORTS),
  category: z.enum(APP_CATEGORIES).nullable(),
  subcategory: z.enum(APP_SUBCATEGORY_NAMES as [string, ...string[]]).nullable(),
  rows: z
    .array(appRow)
    .meta({ description: "The window's top apps (100 at most), in rank order." }),
});

export const appsCsvRow = appRow.extend({
  start_date: dateSchema,
  end_date: dateSchema,
  citation: appsCitation,
});

export const APPS_ROUTE: ApiRoute = {
  path: "/api/apps",
  operationId: "getApps",
  summary: "Top apps by tokens in a stored window",
  description:
    "OpenRouter's app rankings as stored, with upstream's own parameters: one window's top apps (100 at most), rows exactly as published. Without dates, the last 30 days stored. Stored windows: the last 7, 30 and 90 days (and the same lengths just before), popular and trending, for all apps and each group, the 30 days also by subcategory; and every calendar month since January 2025, popular, for all apps and each group. Another window answers 404 with the stored ones. `format=csv` gives the same rows.",
  params: [
    {
      name: "start_date",
      in: "query",
      description: "The window's first day (UTC, inclusive); with end_date.",
      schema: dateSchema,
      invalid: (raw) => `start_date must be a date as YYYY-MM-DD, not "${raw}".`,
    },
    {
      name: "end_date",
      in: "query",
      description: "The window's last day (UTC, inclusive); with start_date.",
      schema: dateSchema,
      invalid: (raw) => `end_date must be a date as YYYY-MM-DD, not "${raw}".`,
    },
    {
      name: "sort",
      in: "query",
      description:
        "`popular` (the default): by tokens. `trending`: by tokens above the average of the three equal windows just before; apps that did not grow are left out.",
      schema: z.enum(APP_SORTS),
      invalid: (raw) => `sort must be popular or trending, not "${raw}".`,
    },
    {
      name: "category",
      in: "query",
      description: "A marketplace group.",
      schema: z.enum(APP_CATEGORIES),
      invalid: (raw) => `category must be one of ${APP_CATEGORIES.join(", ")}, not "${raw}".`,
    },
    {
      name: "subcategory",
      in: "query",
      description: "A subcategory; takes precedence over category, and with both they must agree.",
      schema: z.enum(APP_SUBCATEGORY_NAMES as [string, ...string[]]),
      invalid: (raw) =>
        `subcategory must be one of ${APP_SUBCATEGORY_NAMES.join(", ")}, not "${raw}".`,
    },
    formatParam,
  ],
  answers: { json: appsAnswer, csv: appsCsvRow },
  cached: true,
  notFound: "The window, order and group asked for are not stored (the message lists what is).",
};

/** The last 30 days of all apps as one CSV download, for /datapackage.json. */
export const APPS_DOWNLOAD = {
  name: "apps",
  title: "OpenRouter's top apps by tokens, the last 30 days",
  description: `The top public apps on OpenRouter in the last 30 days stored, exactly as published; each row cites it. ${TOKENS_NOTE}`,
  path: `${APPS_ROUTE.path}?format=csv`,
  row: appsCsvRow,
  primaryKey: ["app_id"],
};
