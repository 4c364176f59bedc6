import { apiError, jsonData, withApiErrors } from "@/lib/http/api-response";
import { modelJson, modelsEnvelope } from "@/lib/http/model-json";
import { findModelBySegments } from "@/lib/derive/models";
import { getClassifications } from "@/lib/data/service";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string[] }> };

/** One model, its id as the path: /api/models/anthropic/claude-opus-5.5-20260921. */
export const GET = withApiErrors<Context>(async (_request, { params }) => {
  const { id } = await params;
  const { snapshot, usage, source } = await getClassifications();
  const model = findModelBySegments(usage.byId, id);
  if (!model) {
    return apiError(
      404,
      `No such model: no task's top list names it in the data as of ${snapshot.asOf}.`,
    );
  }
  return jsonData({ ...modelsEnvelope(snapshot.asOf, source), model: modelJson(model) });
});
