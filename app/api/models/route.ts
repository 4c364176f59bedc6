import { jsonData, withClassifications } from "@/lib/api-responses";
import { modelJson, modelsEnvelope } from "@/lib/model-usage-json";

export const dynamic = "force-dynamic";

/** Every model in any tag's top list, largest estimated request share first. */
export function GET() {
  return withClassifications(({ snapshot, usage, source }) =>
    jsonData({ ...modelsEnvelope(snapshot.asOf, source), models: usage.models.map(modelJson) }),
  );
}
