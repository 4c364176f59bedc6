import { attributionFor } from "@/lib/model";
import { TASKS } from "@/lib/export/datasets";
import { jsonData } from "@/lib/http/api-response";
import {
  CLASSIFICATIONS_ROUTE,
  type classificationsAnswer,
} from "@/lib/http/api-schemas/classifications";
import { formatOf } from "@/lib/http/api-schemas/common";
import { datasetCsv } from "@/lib/http/dataset-response";
import { dayRoute } from "@/lib/http/requested-day";
import type { z } from "zod";

export const dynamic = "force-dynamic";

/**
 * The current snapshot, or with ?as_of=YYYY-MM-DD the one stored for that day: upstream `data`
 * unchanged (snake_case, raw fractions) plus provenance: `source` is "live" (fetched by this
 * server), "imported" (`npm run import`) or "sample" (illustrative, not OpenRouter's), and
 * `citation` the line to carry with it. ?format=csv: the day's rows of the tasks dataset.
 */
export const GET = dayRoute(CLASSIFICATIONS_ROUTE, (day, request) => {
  const { data, source, fetchedAt } = day.classifications;
  if (formatOf(request) === "csv") return datasetCsv(TASKS, day.classifications, day.catalogue);
  return jsonData({
    data,
    citation: attributionFor(data.as_of, source),
    source,
    fetched_at: fetchedAt,
  } satisfies z.infer<typeof classificationsAnswer>);
});
