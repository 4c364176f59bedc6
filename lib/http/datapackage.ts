import { z } from "zod";

import { attributionFor, type DataSource, RANKINGS_URL } from "../model";
import { DATASETS } from "../export/datasets";
import { API_VERSION, CITATION_RULE, DATA_LICENSE, SAMPLE_LICENSE } from "./api-schemas/common";
import type { datapackageAnswer } from "./api-schemas/documents";
import { RANKINGS_DOWNLOADS } from "./api-schemas/rankings";
import { APPS_DOWNLOAD } from "./api-schemas/apps";
import { SESSION_COST_DOWNLOAD } from "./api-schemas/session-cost";
import { jsonSchemaOf, objectJsonSchema } from "./json-schema";

// /datapackage.json: the full-history CSV files and OpenRouter's long-run rankings series as a
// Frictionless Data Package (v1 spec), so `frictionless`, R's `frictionless` and the like load
// them typed, with licence and citation. Field types come from the same row schemas the
// downloads are written by.

type Property = z.infer<typeof objectJsonSchema>["properties"][string];

/**
 * The Table Schema type of a row field's JSON Schema. Digits-only strings are exact integers
 * that JSON spells as strings only because its readers parse numbers as floats (token totals
 * pass 2^53); a CSV cell has no such limit, and Table Schema's `integer` has no bound, so they
 * are typed `integer`: frictionless reads them exact (Python's int), and the field's
 * description warns readers that would fall back to a float.
 */
function typeOf(property: Property): string {
  const type = nonNullType(property);
  if (type !== "string") return type ?? "any";
  if (property.format === "date") return "date";
  return property.pattern === "^\\d+$" ? "integer" : "string";
}

/** The field's type less null: "string" for ["string", "null"]. */
function nonNullType(property: Property): string | undefined {
  if (!Array.isArray(property.type)) return property.type;
  return property.type.find((type) => type !== "null");
}

/** A Table Schema field from a row field's JSON Schema; a nullable one may be empty. */
function fieldOf(name: string, property: Property) {
  const type = typeOf(property);
  const nullable = Array.isArray(property.type) && property.type.includes("null");
  const constraints: Record<string, unknown> = { required: !nullable };
  if (type === "integer" && nonNullType(property) === "string") constraints.minimum = 0;
  if (property.minimum !== undefined) constraints.minimum = property.minimum;
  if (property.maximum !== undefined && property.maximum < Number.MAX_SAFE_INTEGER) {
    constraints.maximum = property.maximum;
  }
  return {
    name,
    type,
    ...(type === "date" ? { format: "default" } : {}),
    ...(property.description ? { description: property.description } : {}),
    constraints,
  };
}

/** What a resource says about one CSV download: `path` is relative to the server. */
type Download = {
  name: string;
  title: string;
  description: string;
  path: string;
  row: z.ZodObject;
  primaryKey: string[];
};

function resourceOf(download: Download, origin: string) {
  const { properties } = objectJsonSchema.parse(jsonSchemaOf(download.row));
  return {
    name: download.name,
    title: download.title,
    description: download.description,
    path: new URL(download.path, origin).toString(),
    format: "csv" as const,
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', header: true },
    schema: {
      fields: Object.keys(download.row.shape).map((name) => fieldOf(name, properties[name] ?? {})),
      primaryKey: download.primaryKey,
    },
  };
}

/** The package for a server at `origin` whose stored days end on `asOf`, from `source`. */
export function dataPackage(
  origin: string,
  asOf: string,
  source: DataSource,
): z.infer<typeof datapackageAnswer> {
  const sample = source === "sample";
  return {
    profile: "data-package",
    name: sample ? "task-share-sample" : "openrouter-task-classifications",
    title: sample
      ? "Task Share: illustrative sample data (not OpenRouter's)"
      : "OpenRouter task classification shares, day by day (Task Share)",
    description: sample
      ? "This server has no OpenRouter key and serves generated sample data; do not cite it as OpenRouter's."
      : `Every day this server stored from OpenRouter's task classifications, up to ${asOf}: each task's and macro-category's share of classified requests and tokens, and Task Share's estimate of each listed model's share; and OpenRouter's long-run rankings since 2025: total tokens per model by day, week and month, and sampled weekly estimates per use-case category; and the newest median cost per agent session by harness, model and turn range. ${CITATION_RULE}`,
    homepage: origin,
    version: API_VERSION,
    keywords: ["OpenRouter", "LLM", "task classification", "market share"],
    licenses: [{ ...(sample ? SAMPLE_LICENSE : DATA_LICENSE) }],
    sources: [
      sample
        ? { title: "Task Share's generated sample (not OpenRouter's figures)", path: origin }
        : { title: "OpenRouter rankings", path: RANKINGS_URL },
    ],
    citation: attributionFor(asOf, source),
    resources: [
      ...DATASETS.map((dataset) => ({ ...dataset, path: `${dataset.path}?format=csv` })),
      ...RANKINGS_DOWNLOADS,
      SESSION_COST_DOWNLOAD,
      APPS_DOWNLOAD,
    ].map((download) => resourceOf(download, origin)),
  };
}
