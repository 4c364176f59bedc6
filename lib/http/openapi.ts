import { RANKINGS_URL } from "../model";
import type { ApiRoute } from "./api-schemas/api-route";
import {
  API_VERSION,
  CITATION_RULE,
  DATA_LICENSE,
  errorSchema,
  missingDaySchema,
} from "./api-schemas/common";
import { API_ROUTES } from "./api-schemas";
import { jsonSchemaOf, type JsonSchema } from "./json-schema";

// /api/openapi.json: the OpenAPI 3.1 description of every route, built from the entries and
// schemas the routes themselves use (lib/http/api-schemas/), never written by hand.

const ERROR = { $ref: "#/components/schemas/Error" };
const MISSING_DAY = { $ref: "#/components/schemas/MissingDay" };

const CACHE_HEADERS = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Last-Modified": { $ref: "#/components/headers/Last-Modified" },
  "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
};

function refusal(description: string, schema: JsonSchema) {
  return { description, content: { "application/json": { schema } } };
}

function okContent(route: ApiRoute) {
  const { json, csv, atom } = route.answers;
  const content: Record<string, unknown> = {};
  if (json) content["application/json"] = { schema: jsonSchemaOf(json) };
  if (csv) {
    const row = jsonSchemaOf(csv);
    content["text/csv"] = {
      schema: {
        type: "string",
        description: `RFC 4180 CSV (UTF-8, CRLF, a header row) with the columns ${Object.keys(csv.shape).join(", ")}; \`x-row-schema\` describes one row.`,
      },
      "x-row-schema": row,
    };
  }
  if (atom) content["application/atom+xml"] = { schema: { type: "string", description: atom } };
  return content;
}

function operation(route: ApiRoute) {
  const takesDay = route.params.some((param) => param.name === "as_of");
  const responses: Record<string, unknown> = {
    "200": {
      description: route.summary,
      ...(route.cached ? { headers: CACHE_HEADERS } : {}),
      content: okContent(route),
    },
  };
  if (route.cached) {
    responses["304"] = {
      description:
        "Not modified: the copy named by If-None-Match (or, without it, If-Modified-Since) is current.",
      headers: CACHE_HEADERS,
    };
  }
  responses["400"] = refusal("An unknown, repeated, missing or malformed query parameter.", ERROR);
  // The front door refuses any address past its length limit before a route sees it.
  responses["414"] = refusal("The address is too long.", ERROR);
  if (takesDay || route.notFound) {
    const why = [
      takesDay && "No day is stored for `as_of` (the nearest stored dates are named).",
      route.notFound,
    ]
      .filter(Boolean)
      .join(" ");
    responses["404"] = refusal(why, takesDay ? { anyOf: [MISSING_DAY, ERROR] } : ERROR);
  }
  if (route.whileNoData !== false) {
    responses["503"] = route.whileNoData
      ? refusal("No data yet; the same fields, saying why.", jsonSchemaOf(route.whileNoData))
      : refusal(
          "No data yet: nothing stored and the upstream has not answered. Retry-After says when to try again.",
          ERROR,
        );
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    parameters: route.params.map((param) => ({
      name: param.name,
      in: param.in,
      required: param.in === "path" || param.required === true,
      description: param.description,
      schema: jsonSchemaOf(param.schema),
      ...(param.example === undefined ? {} : { example: param.example }),
    })),
    responses,
  };
}

/** The description, for a server at `origin` whose refresh window is `refreshSeconds`. */
export function openApiDocument(origin: string, refreshSeconds: number) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Task Share API",
      version: API_VERSION,
      summary: "OpenRouter's task classification shares, as stored by this server, day by day.",
      description: [
        "Every answer is the data this server stored from OpenRouter's task classifications endpoint, one snapshot per day.",
        `Citation: ${CITATION_RULE}`,
        `Refresh: the server asks OpenRouter at most once every ${refreshSeconds} s; OpenRouter publishes a new day about once a day. A day pinned with \`as_of\` never changes and may be cached for good; a latest answer for ${refreshSeconds} s (Cache-Control). Every data answer has an ETag and Last-Modified: a conditional request for an unchanged answer is a 304.`,
        "Full-history downloads stream every stored day as CSV or JSON; /datapackage.json describes them as a Frictionless Data Package.",
      ].join("\n\n"),
      license: { name: DATA_LICENSE.title, identifier: DATA_LICENSE.name },
    },
    externalDocs: { description: "OpenRouter rankings", url: RANKINGS_URL },
    servers: [{ url: origin }],
    paths: Object.fromEntries(API_ROUTES.map((route) => [route.path, { get: operation(route) }])),
    components: {
      schemas: { Error: jsonSchemaOf(errorSchema), MissingDay: jsonSchemaOf(missingDaySchema) },
      headers: {
        ETag: { description: "A weak validator of the answer.", schema: { type: "string" } },
        "Last-Modified": {
          description: "When the newest day in the answer was fetched.",
          schema: { type: "string" },
        },
        "Cache-Control": {
          description: `\`public, max-age=31536000, immutable\` for one stored day pinned with as_of (/api/classifications); \`public, max-age=${refreshSeconds}, stale-while-revalidate=${refreshSeconds}\` otherwise, including a history up to as_of (an older day can still be imported into it) and a model answer pinned with as_of (its names and weights are today's catalogue, whose revision is in its ETag).`,
          schema: { type: "string" },
        },
      },
    },
  };
}
