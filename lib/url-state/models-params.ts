import { createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { WEIGHTS } from "../model";
import { MODEL_SORT } from "../derive/model-list";
import { parseAsChoice } from "./parse-as-choice";
import type { SearchParams } from "./search-params";
import { asOfParser } from "./as-of";
import { readUrlState, URL_KEYS, type UrlState } from "./read-url-state";

// The models index keeps its view in the URL: /models?provider=openai&sort=tokens&as_of=….

/** Providers come from upstream, so the filter's valid values come with the data. */
export function modelsParsers(providers: readonly string[]) {
  return {
    /** Absent shows every model. "" is the provider of ids that name none. */
    provider: parseAsStringLiteral<string>(providers),
    sort: parseAsChoice(MODEL_SORT),
    /** Absent shows every model; open, closed or unknown per the model catalogue. */
    weights: parseAsStringLiteral(WEIGHTS),
    asOf: asOfParser,
  };
}

type ModelsParsers = ReturnType<typeof modelsParsers>;
export type ModelsState = inferParserType<ModelsParsers>;

export function parseModelsParams(
  params: SearchParams,
  providers: readonly string[],
): UrlState<ModelsParsers> {
  return readUrlState(modelsParsers(providers), params, URL_KEYS);
}

// Serialising never checks a value against the valid list, so no providers are needed here.
const serializeModels = createSerializer(modelsParsers([]), { urlKeys: URL_KEYS });

/** The models index for a state, leaving defaults out so the canonical link stays short. */
export function modelsHref(state: Partial<ModelsState>): string {
  return serializeModels("/models", state);
}
