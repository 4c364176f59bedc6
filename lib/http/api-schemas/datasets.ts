import { DATASETS, datasetDocumentSchema, type Dataset } from "../../export/datasets";
import type { ApiRoute } from "./api-route";
import { formatParam, upToParam } from "./common";

/** The full-history download of a dataset: every stored day, streamed. */
export function datasetRoute(dataset: Dataset): ApiRoute {
  return {
    path: dataset.path,
    operationId: `get${dataset.name.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase())}History`,
    summary: dataset.title,
    description: `${dataset.description} Every stored day, oldest first, streamed; each row carries its own day's citation.`,
    params: [formatParam, upToParam],
    answers: { json: datasetDocumentSchema(dataset), csv: dataset.row },
    cached: true,
  };
}

export const DATASET_ROUTES = DATASETS.map(datasetRoute);
