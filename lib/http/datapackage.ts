import { z } from "zod";

import { attributionFor, RANKINGS_URL } from "../citation";
import { DATASETS, fieldsOf, type Dataset } from "../export/datasets";
import type { DataSource } from "../openrouter/types";
import { API_VERSION, CITATION_RULE, DATA_LICENSE } from "./api-schemas/common";
import type { datapackageAnswer } from "./api-schemas/documents";
import { jsonSchemaOf } from "./json-schema";

// /datapackage.json: the full-history CSV files as a Frictionless Data Package (v1 spec), so
// `frictionless`, R's `frictionless` and the like load them typed, with licence and citation.
// Field types come from the same row schemas the downloads are written by.

const rowJsonSchema = z.object({
  properties: z.record(
    z.string(),
    z.looseObject({
      type: z.string().optional(),
      format: z.string().optional(),
      description: z.string().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    }),
  ),
});

type Property = z.infer<typeof rowJsonSchema>["properties"][string];

/** A Table Schema field from a row field's JSON Schema. */
function fieldOf(name: string, property: Property) {
  const type =
    property.type === "string" && property.format === "date" ? "date" : (property.type ?? "any");
  const constraints: Record<string, unknown> = { required: true };
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

function resourceOf(dataset: Dataset, origin: string) {
  const { properties } = rowJsonSchema.parse(jsonSchemaOf(dataset.row));
  return {
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    path: new URL(`${dataset.path}?format=csv`, origin).toString(),
    format: "csv" as const,
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', header: true },
    schema: {
      fields: fieldsOf(dataset).map((name) => fieldOf(name, properties[name] ?? {})),
      primaryKey: dataset.primaryKey,
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
      : `Every day this server stored from OpenRouter's task classifications, up to ${asOf}: each task's and macro-category's share of classified requests and tokens, and Task Share's estimate of each listed model's share. ${CITATION_RULE}`,
    homepage: origin,
    version: API_VERSION,
    keywords: ["OpenRouter", "LLM", "task classification", "market share"],
    licenses: sample ? [] : [{ ...DATA_LICENSE }],
    sources: sample ? [] : [{ title: "OpenRouter rankings", path: RANKINGS_URL }],
    citation: attributionFor(asOf, source),
    resources: DATASETS.map((dataset) => resourceOf(dataset, origin)),
  };
}
