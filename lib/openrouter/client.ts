import "server-only";

import { latestPlausibleDay } from "../model";
import { fetchUpstreamJson, invalidPayload, type UpstreamConfig } from "./fetch";
import { rawClassificationsResponseSchema, type RawClassificationsData } from "./schema";

// A small typed client instead of @openrouter/sdk: the SDK renames the wire fields to camelCase
// and drops fields it does not know, while /api/classifications must republish the upstream
// `data` object unchanged; and its default retry loop (up to an hour, not stopped by a timeout)
// is wrong for a server that already retries on its own schedule. Here: one attempt, bounded.

export async function fetchTaskClassifications(
  config: UpstreamConfig,
  window = "7d",
): Promise<RawClassificationsData> {
  const { data } = await fetchUpstreamJson(
    config,
    "/classifications/task",
    { window },
    rawClassificationsResponseSchema,
  );
  // A day later than tomorrow (UTC) cannot be real: stored, it would stand as the newest day
  // for good and hide every later good one.
  const latest = latestPlausibleDay((config.now ?? Date.now)());
  if (data.as_of > latest) {
    throw invalidPayload(`as_of ${data.as_of} is later than ${latest}`, 200);
  }
  return data;
}
