import type { ModelUsage } from "./model-usage";

export const MODEL_SORTS = ["usage", "tokens", "tasks", "name"] as const;
export type ModelSort = (typeof MODEL_SORTS)[number];
export const DEFAULT_MODEL_SORT: ModelSort = "usage";

export const MODEL_SORT_LABELS: Record<ModelSort, string> = {
  usage: "Est. requests",
  tokens: "Est. tokens",
  tasks: "Tasks",
  name: "Model id",
};

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
