import type { z } from "zod";

import { findModelBySegments } from "@/lib/derive/models";
import { apiError, jsonData } from "@/lib/http/api-response";
import { MODEL_ROUTE, type oneModelAnswer } from "@/lib/http/api-schemas/models";
import { modelJson, modelsEnvelope, modelVersionsJson } from "@/lib/http/model-json";
import { dayRoute } from "@/lib/http/requested-day";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string[] }> };

/** One model, its id as the path: /api/models/anthropic/claude-opus-5.5-20260921 (?as_of= pins a day). */
export const GET = dayRoute<Context>(
  MODEL_ROUTE,
  async (day, _request, { params }) => {
    const { snapshot, usage, source } = day.classifications;
    const model = findModelBySegments(usage.byId, (await params).id);
    if (!model) {
      return apiError(
        404,
        `No such model: no task's top list names it in the data as of ${snapshot.asOf}.`,
      );
    }
    return jsonData({
      ...modelsEnvelope(snapshot.asOf, source, day.catalogue),
      model: {
        ...modelJson(model, day.catalogue),
        versions: modelVersionsJson(model, day.catalogue),
      },
    } satisfies z.infer<typeof oneModelAnswer>);
  },
  // Names and weights come from today's catalogue: the answer moves with it.
  { withCatalogue: true },
);
