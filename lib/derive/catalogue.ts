import { addDays, type CatalogueEntry, type Weights } from "../model";
import { chartModelName, providerLabel, providerOf } from "./models";

// The model catalogue joined to the task data by dated slug. A slug the catalogue does not list
// (retired, private, renamed, or no catalogue loaded) still shows, as itself, and its weights
// are unknown: never counted as open or closed.

/** Where the catalogue came from: OpenRouter, the bundled sample's, or none loaded yet. */
export type CatalogueSource = "live" | "sample" | "none";

// lib/export/rows.ts still names the weights from here.
export type { Weights } from "../model";

export type ModelCatalogue = {
  source: CatalogueSource;
  /** When the catalogue was fetched (ISO), if one is loaded. */
  fetchedAt: string | null;
  bySlug: ReadonlyMap<string, CatalogueEntry>;
  /** Dated versions sharing a catalogue id, newest first. */
  byCatalogueId: ReadonlyMap<string, CatalogueEntry[]>;
};

export const EMPTY_CATALOGUE: ModelCatalogue = createCatalogue([], "none", null);

export function createCatalogue(
  entries: CatalogueEntry[],
  source: CatalogueSource,
  fetchedAt: string | null,
): ModelCatalogue {
  const bySlug = new Map<string, CatalogueEntry>();
  // A variant (`…:free`) may share its base model's canonical slug: the base entry wins.
  const ranked = [...entries].sort(
    (a, b) => Number(a.catalogueId.includes(":")) - Number(b.catalogueId.includes(":")),
  );
  for (const entry of ranked) if (!bySlug.has(entry.slug)) bySlug.set(entry.slug, entry);
  const byCatalogueId = new Map<string, CatalogueEntry[]>();
  for (const entry of bySlug.values()) {
    byCatalogueId.set(entry.catalogueId, [...(byCatalogueId.get(entry.catalogueId) ?? []), entry]);
  }
  for (const versions of byCatalogueId.values()) {
    versions.sort((a, b) => b.created - a.created || b.slug.localeCompare(a.slug));
  }
  return { source, fetchedAt, bySlug, byCatalogueId };
}

/** What the catalogue says about a slug a dataset names, if it lists it. */
export type ModelInfo = CatalogueEntry & {
  /** The suffix of a non-default variant (`free` of `…:free`), named after the base model. */
  variant: string | undefined;
};

/** The slug's entry, or its base model's for a variant (`…:free`); undefined when unlisted. */
export function modelInfo(catalogue: ModelCatalogue, slug: string): ModelInfo | undefined {
  const exact = catalogue.bySlug.get(slug);
  if (exact) return { ...exact, variant: undefined };
  const colon = slug.lastIndexOf(":");
  if (colon <= 0) return undefined;
  const base = catalogue.bySlug.get(slug.slice(0, colon));
  return base && { ...base, variant: slug.slice(colon + 1) };
}

export function weightsOf(info: ModelInfo | undefined): Weights {
  if (!info) return "unknown";
  return info.openWeights ? "open" : "closed";
}

/** The display name ("Moonshot AI: Kimi K3"), or the slug itself when the catalogue lacks it. */
export function displayName(info: ModelInfo | undefined, slug: string): string {
  if (!info) return slug;
  return info.variant ? `${info.name} (${info.variant})` : info.name;
}

/** A chart label: the name without its "Vendor: " prefix, or the short slug. */
export function shortDisplayName(info: ModelInfo | undefined, slug: string): string {
  if (!info) return chartModelName(slug);
  const name = displayName(info, slug);
  const colon = name.indexOf(": ");
  return colon > 0 && colon < name.length - 2 ? name.slice(colon + 2) : name;
}

/** The dated versions listed under the model's catalogue id, newest first (itself included). */
export function versionsOf(catalogue: ModelCatalogue, info: ModelInfo | undefined) {
  return info ? (catalogue.byCatalogueId.get(info.catalogueId) ?? []) : [];
}

/** The UTC day a model was added to the catalogue. */
export function createdDay(created: number): string {
  return new Date(created * 1000).toISOString().slice(0, 10);
}

/** Added in the seven days up to and including `asOf`. */
export function isNewOn(info: ModelInfo | undefined, asOf: string): boolean {
  if (!info) return false;
  const day = createdDay(info.created);
  return day > addDays(asOf, -7) && day <= asOf;
}

/** The day each of the given models was added to the catalogue, for a chart over time. */
export function releaseMarkers(
  models: readonly { id: string }[],
  catalogue: ModelCatalogue,
): { date: string; label: string }[] {
  return models
    .flatMap((model) => {
      const info = modelInfo(catalogue, model.id);
      return info ? [{ date: createdDay(info.created), label: displayName(info, model.id) }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
}

/**
 * A provider's name as the catalogue writes it before its models' names ("Google" of
 * "Google: Gemini 2.5 Flash"), the most common such prefix among its models; the provider's id
 * where the catalogue names none.
 */
export function providerNamer(catalogue: ModelCatalogue): (provider: string) => string {
  const known = NAMERS.get(catalogue);
  if (known) return known;
  const counts = new Map<string, Map<string, number>>();
  for (const entry of catalogue.bySlug.values()) {
    const provider = providerOf(entry.slug);
    const colon = entry.name.indexOf(": ");
    if (!provider || colon <= 0) continue;
    const prefix = entry.name.slice(0, colon);
    const byPrefix = counts.get(provider) ?? new Map<string, number>();
    byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
    counts.set(provider, byPrefix);
  }
  const names = new Map(
    [...counts].map(([provider, byPrefix]) => {
      const [best] = [...byPrefix].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      return [provider, best?.[0] ?? provider];
    }),
  );
  const namer = (provider: string) => names.get(provider) ?? providerLabel(provider);
  NAMERS.set(catalogue, namer);
  return namer;
}

const NAMERS = new WeakMap<ModelCatalogue, (provider: string) => string>();
