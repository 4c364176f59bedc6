import { jsonData } from "@/lib/http/api-response";
import { modelJson, modelsEnvelope } from "@/lib/http/model-json";
import { dayRoute } from "@/lib/http/requested-day";

export const dynamic = "force-dynamic";

/** Every model in any tag's top list, largest estimated request share first (?as_of= pins a day). */
export const GET = dayRoute(({ classifications: { snapshot, usage, source }, catalogue }) =>
  jsonData({
    ...modelsEnvelope(snapshot.asOf, source, catalogue),
    models: usage.models.map((model) => modelJson(model, catalogue)),
  }),
);
