import "server-only";

import sampleResponse from "./sample-response.json";
import {
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "../../openrouter/schema";

/** The bundled sample snapshot, validated like a live response so it can never drift. */
export function loadSampleData(): RawClassificationsData {
  return rawClassificationsResponseSchema.parse(sampleResponse).data;
}
