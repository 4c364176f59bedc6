import type { z } from "zod";

import { MODELS } from "@/lib/export/datasets";
import { jsonData } from "@/lib/http/api-response";
import { formatOf } from "@/lib/http/api-schemas/common";
import { MODELS_ROUTE, type modelsAnswer } from "@/lib/http/api-schemas/models";
import { datasetCsv } from "@/lib/http/dataset-response";
import { modelJson, modelsEnvelope } from "@/lib/http/model-json";
import { dayRoute } from "@/lib/http/requested-day";

export const dynamic = "force-dynamic";

/**
 * Every model in any tag's top list, largest estimated request share first (?as_of= pins a
 * day); ?format=csv: the day's rows of the models dataset.
 */
export const GET = dayRoute(
  MODELS_ROUTE,
  (day, request) => {
    const { snapshot, usage, source } = day.classifications;
    const { catalogue } = day;
    if (formatOf(request) === "csv") return datasetCsv(MODELS, day.classifications, catalogue);
    return jsonData({
      ...modelsEnvelope(snapshot.asOf, source, catalogue),
      models: usage.models.map((model) => modelJson(model, catalogue)),
    } satisfies z.infer<typeof modelsAnswer>);
  },
  // Names and weights come from today's catalogue: the answer moves with it.
  { withCatalogue: true },
);
