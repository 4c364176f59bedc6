import { jsonData, withApiErrors } from "@/lib/http/api-response";
import { modelJson, modelsEnvelope } from "@/lib/http/model-json";
import { apiDay } from "@/lib/http/requested-day";

export const dynamic = "force-dynamic";

/** Every model in any tag's top list, largest estimated request share first (?as_of= pins a day). */
export const GET = withApiErrors(
  async (request) => {
    const day = await apiDay(request);
    if (day instanceof Response) return day;
    const { snapshot, usage, source } = day.classifications;
    return jsonData({
      ...modelsEnvelope(snapshot.asOf, source),
      models: usage.models.map(modelJson),
    });
  },
  ["as_of"],
);
