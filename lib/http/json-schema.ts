import { z } from "zod";

// JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) of a schema the routes use, as it
// describes their answers (output), without the `$schema` key a nested schema must not carry.

export type JsonSchema = { [key: string]: unknown };

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
  delete json.$schema;
  return json;
}
