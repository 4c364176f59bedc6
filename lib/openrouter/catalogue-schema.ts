import { z } from "zod";

import { hasNul } from "./bounds";
import type { CatalogueEntry } from "../model";

// GET /models (DATA-API.md): only the fields Task Share reads are checked. One malformed model
// is skipped rather than failing the whole catalogue: it is a lookup table, and the models it
// cannot describe show as their slugs anyway.

/** Far above the few hundred models OpenRouter lists: a runaway answer is refused. */
export const MAX_CATALOGUE_MODELS = 5_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasNul(value), "contains a NUL character");

export const rawCatalogueModelSchema = z.object({
  id: text(200),
  canonical_slug: text(200),
  name: text(200),
  created: z.number().int().nonnegative().max(32_503_680_000),
  hugging_face_id: z
    .string()
    .max(300)
    .refine((value) => !hasNul(value), "contains a NUL character")
    .nullish(),
});

export type RawCatalogueModel = z.infer<typeof rawCatalogueModelSchema>;

export const rawCataloguePageSchema = z.object({
  data: z.array(z.unknown()).max(MAX_CATALOGUE_MODELS),
  links: z.object({ next: z.string().nullish() }).nullish(),
  total_count: z.number().int().nonnegative().nullish(),
});

/** The models of a page that pass the schema, and how many did not. */
export function validCatalogueModels(items: unknown[]): {
  models: RawCatalogueModel[];
  skipped: number;
} {
  const models: RawCatalogueModel[] = [];
  for (const item of items) {
    const parsed = rawCatalogueModelSchema.safeParse(item);
    if (parsed.success) models.push(parsed.data);
  }
  return { models, skipped: items.length - models.length };
}

export function toCatalogueEntry(model: RawCatalogueModel): CatalogueEntry {
  return {
    slug: model.canonical_slug,
    catalogueId: model.id,
    name: model.name,
    openWeights: (model.hugging_face_id ?? "").trim() !== "",
    created: model.created,
  };
}
