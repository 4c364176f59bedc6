import { z } from "zod";

import { citationSchema, dataSourceSchema, dateSchema, RANKINGS_URL } from "../../model";

// What every route of the API shares: the version of the description (it also salts every
// ETag, so a change of shape is never answered with a 304 for the old one), the provenance
// fields, the error shapes and the parameters more than one route takes.

export const API_VERSION = "1.1.0";
/** When this version of the description was published: its Last-Modified. */
export const API_VERSION_DATE = new Date("2026-11-30T00:00:00Z");

/** OpenRouter publishes the rankings data under this licence; the citation is its condition. */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/**
 * The bundled sample is made up by Task Share, nobody's figures: it is dedicated to the public
 * domain, so a package of it still names a licence, as the Data Package profile requires.
 */
export const SAMPLE_LICENSE = {
  name: "CC0-1.0",
  title: "Creative Commons Zero 1.0 (public domain)",
  path: "https://creativecommons.org/publicdomain/zero/1.0/",
} as const;

export const CITATION_RULE = `Every republished figure must carry the citation "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}." (${RANKINGS_URL}). Every answer carries it: a \`citation\` field in JSON, a \`citation\` column on every CSV row. Sample data (a server without an OpenRouter key) says instead that it is illustrative and not OpenRouter's.`;

export const sourceSchema = dataSourceSchema.meta({
  description:
    'Where the day came from: "live" (fetched from OpenRouter by this server), "imported" (a saved OpenRouter answer loaded with `npm run import`) or "sample" (illustrative, not OpenRouter\'s).',
});

export { citationSchema, dateSchema };

export const shareSchema = z.number().min(0).max(1);

export const errorSchema = z.object({
  error: z.object({
    code: z.int().meta({ description: "The HTTP status." }),
    message: z.string(),
  }),
});

export const missingDaySchema = z.object({
  error: z.object({
    code: z.literal(404),
    message: z.string(),
    nearest_dates: z
      .array(dateSchema)
      .meta({ description: "The stored dates nearest the one asked for, oldest first." }),
  }),
});

/** A parameter of a route, described once: the route's accepted names are read from here. */
export type ApiParam = {
  name: string;
  in: "query" | "path";
  description: string;
  schema: z.ZodType;
  required?: boolean;
  example?: string;
  /** The 400 message for a value the schema refuses. */
  invalid?: (raw: string) => string;
};

export function malformedAsOf(raw: string): string {
  return `as_of must be a date as YYYY-MM-DD, not "${raw}".`;
}

export const asOfParam: ApiParam = {
  name: "as_of",
  in: "query",
  description:
    "A stored day (YYYY-MM-DD). The answer is that day exactly as it was stored; without it, the latest day. A date with nothing stored is a 404 naming the nearest stored dates; a malformed one a 400.",
  schema: dateSchema,
  example: "2026-11-21",
  invalid: malformedAsOf,
};

export const upToParam: ApiParam = {
  ...asOfParam,
  description:
    "The last stored day to include (YYYY-MM-DD): every stored day up to it, so a link never drifts. Without it, every stored day.",
};

export const formatParam: ApiParam = {
  name: "format",
  in: "query",
  description: "`json` (the default) or `csv` (RFC 4180, UTF-8, CRLF, a header row).",
  schema: z.enum(["json", "csv"]),
  invalid: (raw) => `format must be json or csv, not "${raw}".`,
};

/** The format a request asks for; its value was checked against `formatParam` already. */
export function formatOf(request: Request): "json" | "csv" {
  return new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "json";
}
