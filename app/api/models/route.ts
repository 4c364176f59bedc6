import { jsonData, withApiErrors } from "@/lib/http/api-response";
import { modelJson, modelsEnvelope } from "@/lib/http/model-json";
import { getClassifications } from "@/lib/data/service";

export const dynamic = "force-dynamic";

/** Every model in any tag's top list, largest estimated request share first. */
export const GET = withApiErrors(async () => {
  const { snapshot, usage, source } = await getClassifications();
  return jsonData({
    ...modelsEnvelope(snapshot.asOf, source),
    models: usage.models.map(modelJson),
  });
});
