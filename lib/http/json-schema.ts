import { z } from "zod";

// JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) of a schema the routes use, as it
// describes their answers (output), without the `$schema` key a nested schema must not carry.

export type JsonSchema = { [key: string]: unknown };

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
  delete json.$schema;
  return json;
}

/** An object's JSON Schema as the readers of its fields see it (the /api page, the data package). */
export const objectJsonSchema = z.object({
  properties: z.record(
    z.string(),
    z.looseObject({
      // A nullable field's type is a list: ["string", "null"].
      type: z.union([z.string(), z.array(z.string())]).optional(),
      format: z.string().optional(),
      description: z.string().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
      pattern: z.string().optional(),
      anyOf: z.array(z.looseObject({ type: z.string().optional() })).optional(),
    }),
  ),
  required: z.array(z.string()).optional(),
});
