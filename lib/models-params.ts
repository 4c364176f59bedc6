import { DEFAULT_MODEL_SORT, MODEL_SORTS, type ModelSort } from "./model-list";
import { firstValue, hrefWith, type SearchParams } from "./search-params";

// The models index keeps its view in the URL: /models?provider=openai&sort=tokens.

export type ModelsState = {
  /** Provider to filter by; undefined shows every model. "" is the provider of ids with none. */
  provider: string | undefined;
  sort: ModelSort;
};

export type ParsedModelsParams = { state: ModelsState; ignored: string[] };

export function parseModelsParams(params: SearchParams, providers: string[]): ParsedModelsParams {
  const ignored: string[] = [];
  const providerParam = firstValue(params.provider);
  const sortParam = firstValue(params.sort);

  const provider =
    providerParam !== undefined && providers.includes(providerParam) ? providerParam : undefined;
  if (providerParam !== undefined && provider === undefined) {
    ignored.push(`provider=${providerParam}`);
  }

  const sort = MODEL_SORTS.find((candidate) => candidate === sortParam) ?? DEFAULT_MODEL_SORT;
  if (sortParam !== undefined && sort !== sortParam) ignored.push(`sort=${sortParam}`);

  return { state: { provider, sort }, ignored };
}

export function modelsHref(state: ModelsState): string {
  return hrefWith("/models", {
    provider: state.provider,
    sort: state.sort !== DEFAULT_MODEL_SORT ? state.sort : undefined,
  });
}
