import type { z } from "zod";

import { attributionFor, type DataSource } from "../model";
import { createdDay, modelInfo, versionsOf, type ModelCatalogue } from "../derive/catalogue";
import { ESTIMATE_NOTE, type ModelUsage } from "../derive/model-usage";
import type { modelAnswer } from "./api-schemas/models";

// The wire shape of /api/models: snake_case like the upstream, raw fractions at full precision.

export function modelsEnvelope(asOf: string, source: DataSource, catalogue: ModelCatalogue) {
  return {
    as_of: asOf,
    citation: attributionFor(asOf, source),
    source,
    note: ESTIMATE_NOTE,
    // Where name, open_weights, created and catalogue_id come from ("none": not loaded yet).
    catalogue: { source: catalogue.source, fetched_at: catalogue.fetchedAt },
  };
}

/** Unix seconds as an ISO timestamp: "2026-09-21T00:00:00.000Z". */
function isoTime(created: number): string {
  return new Date(created * 1000).toISOString();
}

export function modelJson(
  model: ModelUsage,
  catalogue: ModelCatalogue,
): z.infer<typeof modelAnswer> {
  const info = modelInfo(catalogue, model.id);
  return {
    id: model.id,
    // null where the catalogue does not list the model: never a guess.
    name: info ? info.name : null,
    open_weights: info ? info.openWeights : null,
    created: info ? isoTime(info.created) : null,
    catalogue_id: info ? info.catalogueId : null,
    provider: model.provider,
    est_usage_share: model.estUsageShare,
    est_token_share: model.estTokenShare,
    tags: model.tags.map((item) => ({
      tag: item.tag,
      rank: item.rank,
      tag_usage_share: item.usageShare,
      tag_token_share: item.tokenShare,
      usage_contribution: item.usageContribution,
      token_contribution: item.tokenContribution,
    })),
  };
}

/** The dated versions filed under the model's catalogue id, newest first. */
export function modelVersionsJson(model: ModelUsage, catalogue: ModelCatalogue) {
  return versionsOf(catalogue, modelInfo(catalogue, model.id)).map((version) => ({
    id: version.slug,
    created: isoTime(version.created),
    added_on: createdDay(version.created),
  }));
}
