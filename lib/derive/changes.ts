import { decimalDifference } from "./decimal";
import type { MacroCategory, ModelShare, TaskDay, TagShare } from "../model";

// Changes between two snapshots, as differences of shares (fractions; the screen shows them in
// percentage points). Something present now but not in the base is "new"; something in the base
// but gone now is a drop-out, listed with the shares it had.

export type ShareChange = { kind: "changed"; usage: number; tokens: number } | { kind: "new" };

export type DroppedShare = { key: string; label: string; usageShare: number; tokenShare: number };

export type Changes = {
  baseAsOf: string;
  /** Keyed by the current items' keys; every current item has an entry. */
  byKey: Map<string, ShareChange>;
  dropped: DroppedShare[];
};

type Shares = { key: string; label: string; usageShare: number; tokenShare: number };

function compareShares(current: Shares[], base: Shares[], baseAsOf: string): Changes {
  const baseByKey = new Map(base.map((item) => [item.key, item]));
  const currentKeys = new Set(current.map((item) => item.key));
  const byKey = new Map<string, ShareChange>(
    current.map((item) => {
      const before = baseByKey.get(item.key);
      const change: ShareChange = before
        ? {
            kind: "changed",
            usage: decimalDifference(item.usageShare, before.usageShare),
            tokens: decimalDifference(item.tokenShare, before.tokenShare),
          }
        : { kind: "new" };
      return [item.key, change];
    }),
  );
  const dropped = base
    .filter((item) => !currentKeys.has(item.key))
    .map(({ key, label, usageShare, tokenShare }) => ({ key, label, usageShare, tokenShare }));
  return { baseAsOf, byKey, dropped };
}

const tagShares = (tags: TagShare[]): Shares[] =>
  tags.map((tag) => ({ ...tag, key: tag.tag, label: tag.displayName }));

const macroShares = (macros: MacroCategory[]): Shares[] => macros;

const modelShares = (models: ModelShare[]): Shares[] =>
  models.map((model) => ({ ...model, key: model.id, label: model.id }));

export function compareTags(current: TaskDay, base: TaskDay): Changes {
  return compareShares(tagShares(current.tags), tagShares(base.tags), base.asOf);
}

export function compareMacroCategories(current: TaskDay, base: TaskDay): Changes {
  return compareShares(
    macroShares(current.macroCategories),
    macroShares(base.macroCategories),
    base.asOf,
  );
}

/**
 * A tag's top models against the same tag in the base snapshot (within-tag shares). A tag the
 * base did not have makes every model new.
 */
export function compareModels(current: TagShare, base: TagShare | undefined, baseAsOf: string) {
  return compareShares(modelShares(current.models), modelShares(base?.models ?? []), baseAsOf);
}
