import { jsonData, withApiErrors } from "@/lib/api";
import { modelJson, modelsEnvelope } from "@/lib/model-usage-json";
import { getClassifications } from "@/lib/openrouter";

export const dynamic = "force-dynamic";

/** Every model in any tag's top list, largest estimated request share first. */
export const GET = withApiErrors(async () => {
  const { snapshot, usage, source } = await getClassifications();
  return jsonData({
    ...modelsEnvelope(snapshot.asOf, source),
    models: usage.models.map(modelJson),
  });
});
