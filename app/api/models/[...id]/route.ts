import { apiError, jsonData, withApiErrors } from "@/lib/http/api-response";
import { modelJson, modelsEnvelope } from "@/lib/http/model-json";
import { apiDay } from "@/lib/http/requested-day";
import { findModelBySegments } from "@/lib/derive/models";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string[] }> };

/** One model, its id as the path: /api/models/anthropic/claude-opus-5.5-20260921 (?as_of= pins a day). */
export const GET = withApiErrors<Context>(
  async (request, { params }) => {
    const day = await apiDay(request);
    if (day instanceof Response) return day;
    const { snapshot, usage, source } = day.classifications;
    const model = findModelBySegments(usage.byId, (await params).id);
    if (!model) {
      return apiError(
        404,
        `No such model: no task's top list names it in the data as of ${snapshot.asOf}.`,
      );
    }
    return jsonData({ ...modelsEnvelope(snapshot.asOf, source), model: modelJson(model) });
  },
  ["as_of"],
);
