import { OTHER_MODELS, type RankingsRow } from "../model";
import type { ModelCatalogue } from "./catalogue";
import { choiceSet } from "./choices";

// The long-run views count each dated version of a model as its own row; merged, the versions
// the catalogue files under one id add up under that id. Token totals are exact integers
// (BigInt), never floats. Slugs the catalogue does not list stay as themselves, and the
// reserved `other` row (everything outside the day's top list) is never merged into a model.
// Variants (`…:free`) have slugs of their own and are ranked as their own rows: they stay so.

/** dated: each version its own row, as upstream ranks them; merged: summed under the id. */
export const VERSION_MODE = choiceSet(
  { dated: "Each version", merged: "Versions merged" },
  "dated",
);
export type VersionMode = (typeof VERSION_MODE.choices)[number];

export type MergedRankingsRow = RankingsRow & {
  /** The dated slugs summed into this row, as they came. */
  versions: string[];
};

/** A merged row's name: the catalogue's (its newest version's) for an id it lists, else the slug. */
export function mergedName(catalogue: ModelCatalogue, model: string): string {
  return catalogue.byCatalogueId.get(model)?.[0]?.name ?? model;
}

/** Rows per date and catalogue id, largest total first within a date, `other` last. */
export function mergeVersions(rows: RankingsRow[], catalogue: ModelCatalogue): MergedRankingsRow[] {
  const merged = new Map<string, MergedRankingsRow>();
  for (const row of rows) {
    const model =
      row.model === OTHER_MODELS
        ? row.model
        : (catalogue.bySlug.get(row.model)?.catalogueId ?? row.model);
    const key = `${row.date}\u0000${model}`;
    const current = merged.get(key);
    if (current) {
      current.totalTokens += row.totalTokens;
      if (!current.versions.includes(row.model)) current.versions.push(row.model);
    } else {
      merged.set(key, {
        date: row.date,
        model,
        totalTokens: row.totalTokens,
        versions: [row.model],
      });
    }
  }
  return [...merged.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      Number(a.model === OTHER_MODELS) - Number(b.model === OTHER_MODELS) ||
      (a.totalTokens === b.totalTokens ? 0 : a.totalTokens > b.totalTokens ? -1 : 1) ||
      a.model.localeCompare(b.model),
  );
}
