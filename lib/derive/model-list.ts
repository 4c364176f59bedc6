import type { Weights } from "../model";
import { modelInfo, weightsOf, type ModelCatalogue } from "./catalogue";
import { choiceSet } from "./choices";
import type { ModelUsage } from "./model-usage";

export const MODEL_SORT = choiceSet(
  { usage: "Est. requests", tokens: "Est. tokens", tasks: "Tasks", name: "Model id" },
  "usage",
);
export type ModelSort = (typeof MODEL_SORT.choices)[number];

const compareBy: Record<ModelSort, (a: ModelUsage, b: ModelUsage) => number> = {
  usage: (a, b) => b.estUsageShare - a.estUsageShare,
  tokens: (a, b) => b.estTokenShare - a.estTokenShare,
  tasks: (a, b) => b.tagCount - a.tagCount || b.estUsageShare - a.estUsageShare,
  name: (a, b) => a.id.localeCompare(b.id, "en"),
};

/** Numbers sort descending (biggest first), ids alphabetically; ties keep the given order. */
export function sortModels(models: ModelUsage[], sort: ModelSort): ModelUsage[] {
  return [...models].sort(compareBy[sort]);
}

/** The given provider's models; `null` keeps every model. */
export function filterModels(models: ModelUsage[], provider: string | null): ModelUsage[] {
  return provider === null ? models : models.filter((model) => model.provider === provider);
}

/** The models whose weights are as asked (open, closed, unknown); `null` keeps every model. */
export function filterByWeights(
  models: ModelUsage[],
  weights: Weights | null,
  catalogue: ModelCatalogue,
): ModelUsage[] {
  return weights === null
    ? models
    : models.filter((model) => weightsOf(modelInfo(catalogue, model.id)) === weights);
}
