import { decimalProduct, decimalSum } from "./decimal";
import { perMacroCategory } from "./macro-categories";
import { providerOf } from "./models";
import type { TaskDay, TagShare } from "../model";

// The inverse of the upstream's view: per model and per provider, where their traffic comes
// from. Upstream publishes each tag's share of all classified traffic and, within the tag, the
// shares of its top models. A model's contribution to all classified traffic through one tag is
// therefore (its share of the tag) × (the tag's share of everything), exactly; summed over the
// tags that list it, that is its estimated share. Traffic it serves in tags whose top list
// leaves it out is invisible, so every estimate here is a lower bound.

/** Says what every estimated figure is; shown next to them and returned by the API. */
export const ESTIMATE_NOTE =
  "Estimated from each task's top-model list: traffic a model serves in tasks where it is not listed is not counted, so the true share can only be higher.";

export type Shares = { usageShare: number; tokenShare: number };

/** One listing of a model in a tag's top list. */
export type ModelTagUsage = {
  tag: string;
  displayName: string;
  macroCategory: string;
  /** 1-based position in the tag's top list. */
  rank: number;
  /** How many models the tag lists. */
  listedCount: number;
  /** The model's share of the tag's requests and tokens, as upstream publishes them. */
  usageShare: number;
  tokenShare: number;
  /** Its share of all classified requests (tokens) through this tag: usageShare × tag usage share. */
  usageContribution: number;
  tokenContribution: number;
  /** The contribution as a share of the model's own estimated total (its task mix). */
  usageMix: number | null;
  tokenMix: number | null;
};

export type ModelUsage = {
  id: string;
  provider: string;
  /** Lower bounds: the sums of the model's contributions. */
  estUsageShare: number;
  estTokenShare: number;
  /** Largest request contribution first; ties keep upstream tag order. */
  tags: ModelTagUsage[];
  /** Distinct tags listing the model. */
  tagCount: number;
  /** Where most of its counted requests come from. */
  topTag: ModelTagUsage;
};

export type ProviderShare = Shares & {
  provider: string;
  /** Ids of the provider's models that contribute to this share. */
  models: string[];
};

/** How one scope (a tag, a macro-category, all traffic) splits across providers. */
export type ProviderSplit = {
  /** Largest usage share first. */
  providers: ProviderShare[];
  /** The part no listed model accounts for. */
  otherModels: Shares;
};

export type ProviderUsage = {
  provider: string;
  /** Its models, largest estimated usage first. */
  models: string[];
  /** Distinct tags listing at least one of its models. */
  tagCount: number;
  estUsageShare: number;
  estTokenShare: number;
};

export type ModelUsageIndex = {
  /** Largest estimated usage share first; ties keep the order of first appearance. */
  models: ModelUsage[];
  byId: ReadonlyMap<string, ModelUsage>;
  /** Largest estimated usage share first. */
  providers: ProviderUsage[];
  /** Provider shares of all classified traffic. */
  overall: ProviderSplit;
  /** Provider shares of each macro-category's traffic, keyed by macro-category. */
  byMacroCategory: ReadonlyMap<string, ProviderSplit>;
  /** Provider shares within each tag, keyed by tag. */
  byTag: ReadonlyMap<string, ProviderSplit>;
};

/** Everything the model and provider views show, derived once from a snapshot. */
export function deriveModelUsage(snapshot: TaskDay): ModelUsageIndex {
  const models = aggregateModels(snapshot.tags);
  return {
    models,
    byId: new Map(models.map((model) => [model.id, model])),
    providers: aggregateProviders(models),
    overall: scopeSplit(snapshot.tags, overallWeight),
    byMacroCategory: perMacroCategory(snapshot, (tags) => scopeSplit(tags, categoryWeight)),
    byTag: new Map(snapshot.tags.map((tag) => [tag.tag, tagSplit(tag)])),
  };
}

function aggregateModels(tags: TagShare[]): ModelUsage[] {
  const listings = new Map<string, Omit<ModelTagUsage, "usageMix" | "tokenMix">[]>();
  for (const tag of tags) {
    for (const model of tag.models) {
      const list = listings.get(model.id) ?? [];
      list.push({
        tag: tag.tag,
        displayName: tag.displayName,
        macroCategory: tag.macroCategory,
        rank: model.rank,
        listedCount: tag.models.length,
        usageShare: model.usageShare,
        tokenShare: model.tokenShare,
        usageContribution: decimalProduct(model.usageShare, tag.usageShare),
        tokenContribution: decimalProduct(model.tokenShare, tag.tokenShare),
      });
      listings.set(model.id, list);
    }
  }

  const models = [...listings].map(([id, list]): ModelUsage => {
    const estUsageShare = decimalSum(list.map((item) => item.usageContribution));
    const estTokenShare = decimalSum(list.map((item) => item.tokenContribution));
    const withMix = list
      .map((item) => ({
        ...item,
        usageMix: estUsageShare > 0 ? item.usageContribution / estUsageShare : null,
        tokenMix: estTokenShare > 0 ? item.tokenContribution / estTokenShare : null,
      }))
      .sort((a, b) => b.usageContribution - a.usageContribution);
    const [topTag] = withMix;
    if (!topTag) throw new Error(`model ${id} has no listing`);
    return {
      id,
      provider: providerOf(id),
      estUsageShare,
      estTokenShare,
      tags: withMix,
      tagCount: new Set(list.map((item) => item.tag)).size,
      topTag,
    };
  });
  return models.sort((a, b) => b.estUsageShare - a.estUsageShare);
}

function aggregateProviders(models: ModelUsage[]): ProviderUsage[] {
  const byProvider = new Map<string, ModelUsage[]>();
  for (const model of models) {
    byProvider.set(model.provider, [...(byProvider.get(model.provider) ?? []), model]);
  }
  const providers = [...byProvider].map(([provider, members]) => ({
    provider,
    models: members.map((model) => model.id),
    tagCount: new Set(members.flatMap((model) => model.tags.map((item) => item.tag))).size,
    estUsageShare: decimalSum(members.map((model) => model.estUsageShare)),
    estTokenShare: decimalSum(members.map((model) => model.estTokenShare)),
  }));
  return providers.sort((a, b) => b.estUsageShare - a.estUsageShare);
}

/** Within one tag: the provider's models summed, and what the top list leaves out. */
function tagSplit(tag: TagShare): ProviderSplit {
  const otherModels =
    tag.models.length === 0
      ? { usageShare: 1, tokenShare: 1 }
      : (tag.otherModels ?? { usageShare: 0, tokenShare: 0 });
  return { providers: groupByProvider(tag.models), otherModels };
}

/**
 * Across several tags, each weighted by its share of the scope (of all traffic, or of its
 * macro-category): a provider's within-tag shares times the weights, summed.
 */
function scopeSplit(tags: TagShare[], weightOf: (tag: TagShare) => Shares): ProviderSplit {
  const providers = groupByProvider(weightedListings(tags, weightOf));
  return { providers, otherModels: remainderOf(providers) };
}

/** Each listing's within-tag shares times its tag's weight in the scope, exactly. */
export function weightedListings(
  tags: TagShare[],
  weightOf: (tag: TagShare) => Shares,
): (Shares & { id: string })[] {
  return tags.flatMap((tag) => {
    const weight = weightOf(tag);
    return tag.models.map((model) => ({
      id: model.id,
      usageShare: decimalProduct(model.usageShare, weight.usageShare),
      tokenShare: decimalProduct(model.tokenShare, weight.tokenShare),
    }));
  });
}

/** A tag's weight in all classified traffic. */
export const overallWeight = (tag: TagShare): Shares => ({
  usageShare: tag.usageShare,
  tokenShare: tag.tokenShare,
});

/** A tag's weight in its macro-category's traffic. */
export const categoryWeight = (tag: TagShare): Shares => ({
  usageShare: tag.categoryUsageShare,
  tokenShare: tag.categoryTokenShare,
});

function groupByProvider(models: (Shares & { id: string })[]): ProviderShare[] {
  const groups = new Map<string, ProviderShare>();
  for (const model of models) {
    const provider = providerOf(model.id);
    const group = groups.get(provider) ?? { provider, models: [], usageShare: 0, tokenShare: 0 };
    if (!group.models.includes(model.id)) group.models.push(model.id);
    group.usageShare = decimalSum([group.usageShare, model.usageShare]);
    group.tokenShare = decimalSum([group.tokenShare, model.tokenShare]);
    groups.set(provider, group);
  }
  return [...groups.values()].sort((a, b) => b.usageShare - a.usageShare);
}

/** What the given shares leave of the whole: 1 − their sum, exactly, never below 0. */
export function remainderOf(parts: Shares[]): Shares {
  return {
    usageShare: Math.max(0, decimalSum([1, -decimalSum(parts.map((item) => item.usageShare))])),
    tokenShare: Math.max(0, decimalSum([1, -decimalSum(parts.map((item) => item.tokenShare))])),
  };
}
