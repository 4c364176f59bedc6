import "server-only";

import { EARLIEST_PLAUSIBLE_DAY, latestPlausibleDay } from "../model";
import { fetchUpstreamJson, invalidPayload, type UpstreamConfig } from "./fetch";
import {
  boundTaskNames,
  rawClassificationsResponseSchema,
  type RawClassificationsData,
} from "./schema";

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
  // Nor can a day before OpenRouter served traffic: /changes would compare against it.
  if (data.as_of < EARLIEST_PLAUSIBLE_DAY) {
    throw invalidPayload(`as_of ${data.as_of} is earlier than ${EARLIEST_PLAUSIBLE_DAY}`, 200);
  }
  const bounded = boundTaskNames(data);
  for (const line of bounded.cut) console.warn(`[task-share] upstream task answer: ${line}`);
  return bounded.data;
}
