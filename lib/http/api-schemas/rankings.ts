import { z } from "zod";

import {
  RANKINGS_CATEGORIES,
  RANKINGS_FIRST_DAY,
  RANKINGS_PERIODS,
  RANKINGS_SERIES,
  type RankingsSeriesKey,
} from "../../model";
import type { ApiRoute } from "./api-route";
import { citationSchema, dateSchema, formatParam } from "./common";

const tokensSchema = z.string().regex(/^\d+$/).meta({
  description:
    "An exact integer in decimal digits (a string in JSON): it can pass 2^53, so read it as a 64-bit or arbitrary-precision integer, never a float.",
});

/** Tokens are counted by each provider's own tokenizer: said wherever the figures go. */
const TOKENIZER_NOTE =
  "Tokens are counted by each provider's own tokenizer, so tokens of different providers are not the same amount of text.";

export const rankingsRow = z.object({
  date: dateSchema.meta({ description: "The day, or the first day of the week or month." }),
  model: z.string().meta({
    description: 'The dated model slug; "other" sums every model outside the date\'s top 50.',
  }),
  total_tokens: tokensSchema,
});

export const rankingsAnswer = z.object({
  citation: citationSchema,
  as_of: z.iso.datetime().meta({ description: "meta.as_of of the newest stored answer." }),
  source: z.enum(["live", "sample"]),
  period: z.enum(RANKINGS_PERIODS),
  category: z.enum(RANKINGS_CATEGORIES).nullable(),
  start_date: dateSchema,
  end_date: dateSchema,
  notices: z
    .array(z.string())
    .optional()
    .meta({ description: "What was read differently from what was asked (a clamped start)." }),
  status: z.enum(["ready", "backfilling", "failing"]),
  versions: z.enum(["dated", "merged"]).meta({
    description:
      "merged: `model` is the catalogue id its dated versions share, and the rows are no longer OpenRouter's as sent but their exact sums.",
  }),
  rows: z.array(rankingsRow).meta({
    description: `As OpenRouter sent them: dates ascending, within a date its order, "other" last. ${TOKENIZER_NOTE}`,
  }),
});

export const rankingsCsvRow = z.object({
  date: dateSchema,
  model: z.string(),
  total_tokens: tokensSchema,
  citation: citationSchema,
});

const dateParam = (name: string, description: string) => ({
  name,
  in: "query" as const,
  description,
  schema: dateSchema,
  invalid: (raw: string) => `${name} must be a date as YYYY-MM-DD, not "${raw}".`,
});

export const RANKINGS_ROUTE: ApiRoute = {
  path: "/api/rankings",
  operationId: "getRankings",
  summary: "OpenRouter's daily token totals per model since 2025",
  description: `OpenRouter's rankings dataset as stored: the top 50 models per day, week or month by total tokens, plus an "other" row per date, exactly as OpenRouter published them. Category figures are sampled, upsampled weekly estimates; the last week may still be revised. \`format=csv\` gives the same rows. The answer streams a page of rows at a time: \`start_date=${RANKINGS_FIRST_DAY}\` downloads a whole series (about 36,000 rows by day). Answers 503 while the history is still being fetched.`,
  params: [
    {
      name: "period",
      in: "query",
      description: "`day` (the default), `week` or `month`; a category comes by `week` only.",
      schema: z.enum(RANKINGS_PERIODS),
      invalid: (raw) => `period must be day, week or month, not "${raw}".`,
    },
    dateParam(
      "start_date",
      `The first date (inclusive). Default: 30 days before the end. An earlier date than ${RANKINGS_FIRST_DAY} is read as it, and said so in \`notices\`.`,
    ),
    dateParam("end_date", "The last date (inclusive). Default: the last day stored."),
    {
      name: "category",
      in: "query",
      description: "A use-case category: its sampled weekly series.",
      schema: z.enum(RANKINGS_CATEGORIES),
      invalid: (raw) => `category must be one of ${RANKINGS_CATEGORIES.join(", ")}, not "${raw}".`,
    },
    {
      name: "versions",
      in: "query",
      description:
        "`dated` (the default): each dated version is its own row, as OpenRouter ranks them. `merged`: the versions OpenRouter's model catalogue files under one id added up under that id, exactly; slugs the catalogue does not list, variants (`:free`) and `other` stay as they are.",
      schema: z.enum(["dated", "merged"]),
      invalid: (raw) => `versions must be dated or merged, not "${raw}".`,
    },
    formatParam,
  ],
  answers: { json: rankingsAnswer, csv: rankingsCsvRow },
  cached: true,
};

const PERIOD_WORDS = { day: "daily", week: "weekly", month: "monthly" } as const;

/** A whole long-run series as one CSV download: every date since the first, streamed. */
function downloadOf({ period, category }: RankingsSeriesKey) {
  const query = new URLSearchParams({
    period,
    ...(category && { category }),
    start_date: RANKINGS_FIRST_DAY,
    format: "csv",
  });
  const rows = `One row per ${period} since ${RANKINGS_FIRST_DAY} and per model in that ${period}'s top 50 by total tokens, plus an "other" row summing the rest, exactly as OpenRouter published them; each row cites the dataset's as-of date.`;
  return {
    name: ["rankings", period, category?.replace("/", "-")].filter(Boolean).join("-"),
    title: category
      ? `OpenRouter's weekly token estimates per model for ${category} (sampled)`
      : `OpenRouter's ${PERIOD_WORDS[period]} token totals per model`,
    description: category
      ? `${rows} The ${category} figures are sampled, upsampled estimates, not counts; the last week may still be revised. ${TOKENIZER_NOTE}`
      : `${rows} ${TOKENIZER_NOTE}`,
    path: `${RANKINGS_ROUTE.path}?${query.toString()}`,
    row: rankingsCsvRow,
    primaryKey: ["date", "model"],
  };
}

/** The 15 long-run series as downloads, in the order the server keeps them. */
export const RANKINGS_DOWNLOADS = RANKINGS_SERIES.map(downloadOf);
