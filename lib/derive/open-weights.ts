import { type TagShare, type TaskDay, WEIGHTS, type Weights } from "../model";
import { modelInfo, weightsOf, type ModelCatalogue } from "./catalogue";
import { decimalSum } from "./decimal";
import { perMacroCategory } from "./macro-categories";
import {
  categoryWeight,
  overallWeight,
  remainderOf,
  weightedListings,
  type ModelUsageIndex,
  type Shares,
} from "./model-usage";

// How much traffic goes to open-weight models. Within a task, the listed models' shares are
// published, so the listed open-weight share is exact; across tasks it is the sum of each
// task's listed shares weighted by the task's share, and the traffic of models a task does not
// list is invisible: every such figure is a lower bound, as the model estimates are. Models the
// catalogue does not list are "unknown", never counted as open or closed.

/** A scope's traffic by weights, plus what no listed model accounts for. */
export type WeightsSplit = Record<Weights, Shares> & { unlisted: Shares };

export type ProviderWeights = Record<Weights, Shares> & { provider: string };

export type OpenWeightsIndex = {
  /** Of all classified traffic: lower bounds. */
  overall: WeightsSplit;
  /** Of each macro-category's traffic: lower bounds. */
  byMacroCategory: ReadonlyMap<string, WeightsSplit>;
  /** Each provider's estimated share of all classified traffic, by weights (lower bounds). */
  byProvider: ProviderWeights[];
  /** Distinct listed models by weights. */
  modelCounts: Record<Weights, number>;
};

type Weighted = Shares & { id: string };

function sumShares(items: Shares[]): Shares {
  return {
    usageShare: decimalSum(items.map((item) => item.usageShare)),
    tokenShare: decimalSum(items.map((item) => item.tokenShare)),
  };
}

function byWeights(items: Weighted[], catalogue: ModelCatalogue): Record<Weights, Shares> {
  const groups: Record<Weights, Shares[]> = { open: [], closed: [], unknown: [] };
  for (const item of items) groups[weightsOf(modelInfo(catalogue, item.id))].push(item);
  return {
    open: sumShares(groups.open),
    closed: sumShares(groups.closed),
    unknown: sumShares(groups.unknown),
  };
}

/** Within one task: its listed models' shares of the task, exact, and the unlisted rest. */
export function tagWeights(tag: TagShare, catalogue: ModelCatalogue): WeightsSplit {
  const split = byWeights(tag.models, catalogue);
  // A remainder the reshape judged to be rounding (no "other models" row) is none here either.
  const unlisted =
    tag.models.length > 0 && tag.otherModels === null
      ? { usageShare: 0, tokenShare: 0 }
      : remainderOf(WEIGHTS.map((key) => split[key]));
  return { ...split, unlisted };
}

/** Across tasks, each weighted by its share of the scope (all traffic, or a macro-category). */
function scopeWeights(
  tags: TagShare[],
  weightOf: (tag: TagShare) => Shares,
  catalogue: ModelCatalogue,
): WeightsSplit {
  const split = byWeights(weightedListings(tags, weightOf), catalogue);
  return { ...split, unlisted: remainderOf(WEIGHTS.map((key) => split[key])) };
}

/** Of all classified traffic on one day: lower bounds. */
export function overallWeights(snapshot: TaskDay, catalogue: ModelCatalogue): WeightsSplit {
  return scopeWeights(snapshot.tags, overallWeight, catalogue);
}

export function deriveOpenWeights(
  snapshot: TaskDay,
  usage: ModelUsageIndex,
  catalogue: ModelCatalogue,
): OpenWeightsIndex {
  const modelCounts: Record<Weights, number> = { open: 0, closed: 0, unknown: 0 };
  for (const model of usage.models) modelCounts[weightsOf(modelInfo(catalogue, model.id))] += 1;
  return {
    overall: overallWeights(snapshot, catalogue),
    byMacroCategory: perMacroCategory(snapshot, (tags) =>
      scopeWeights(tags, categoryWeight, catalogue),
    ),
    byProvider: usage.providers.map((provider) => ({
      provider: provider.provider,
      ...byWeights(
        provider.models.flatMap((id) => {
          const model = usage.byId.get(id);
          return model
            ? [{ id, usageShare: model.estUsageShare, tokenShare: model.estTokenShare }]
            : [];
        }),
        catalogue,
      ),
    })),
    modelCounts,
  };
}
