import type { z } from "zod";

import { attributionFor } from "../citation";
import { ESTIMATE_NOTE, type ModelUsage } from "../derive/model-usage";
import type { DataSource } from "../openrouter/types";
import type { modelAnswer } from "./api-schemas/models";

// The wire shape of /api/models: snake_case like the upstream, raw fractions at full precision.

export function modelsEnvelope(asOf: string, source: DataSource) {
  return { as_of: asOf, citation: attributionFor(asOf, source), source, note: ESTIMATE_NOTE };
}

export function modelJson(model: ModelUsage): z.infer<typeof modelAnswer> {
  return {
    id: model.id,
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
