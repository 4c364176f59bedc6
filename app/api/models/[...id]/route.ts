import { jsonData, jsonError, withClassifications } from "@/lib/api-responses";
import { modelJson, modelsEnvelope } from "@/lib/model-usage-json";
import { findModelBySegments } from "@/lib/models";

export const dynamic = "force-dynamic";

/** One model, its id as the path: /api/models/anthropic/claude-opus-5.5-20260921. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string[] }> }) {
  const { id } = await params;
  return withClassifications(({ snapshot, usage, source }) => {
    const model = findModelBySegments(usage.byId, id);
    if (!model) {
      return jsonError(
        404,
        `No such model: no task's top list names it in the data as of ${snapshot.asOf}.`,
      );
    }
    return jsonData({ ...modelsEnvelope(snapshot.asOf, source), model: modelJson(model) });
  });
}
