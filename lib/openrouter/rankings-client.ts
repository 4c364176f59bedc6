import "server-only";

import { EARLIEST_PLAUSIBLE_DAY, latestPlausibleDay, type RankingsAnswer } from "../model";
import { fetchUpstreamJson, invalidPayload, type UpstreamConfig } from "./fetch";
import { rawRankingsResponseSchema } from "./rankings-schema";

/** What to ask the dataset for; an absent end is upstream's default, the last completed day. */
export type RankingsRequest = {
  period: "day" | "week" | "month";
  category: string | null;
  startDate: string;
  endDate?: string;
};

/** One call of GET /datasets/rankings-daily, reshaped: rows in upstream's order, exact tokens. */
export async function fetchRankings(
  config: UpstreamConfig,
  { period, category, startDate, endDate }: RankingsRequest,
): Promise<RankingsAnswer> {
  const query: Record<string, string> = { period, start_date: startDate };
  if (endDate) query.end_date = endDate;
  if (category) query.category = category;
  const { data, meta } = await fetchUpstreamJson(
    config,
    "/datasets/rankings-daily",
    query,
    rawRankingsResponseSchema,
  );
  // As with task snapshots: a date past tomorrow would stand as the newest for good.
  const latest = latestPlausibleDay((config.now ?? Date.now)());
  const last = data.at(-1)?.date ?? meta.end_date;
  if (last > latest || meta.end_date > latest) {
    throw invalidPayload(`dates up to ${last} are later than ${latest}`, 200);
  }
  // An as_of in the future would be cited on every page and file, and sent as Last-Modified.
  const asOfDay = new Date(meta.as_of).toISOString().slice(0, 10);
  if (asOfDay > latest) throw invalidPayload(`as_of ${meta.as_of} is later than ${latest}`, 200);
  // Rows from before OpenRouter existed would stretch every default range back to them.
  const first = data[0]?.date ?? meta.start_date;
  if (first < EARLIEST_PLAUSIBLE_DAY) {
    throw invalidPayload(`dates from ${first} are earlier than ${EARLIEST_PLAUSIBLE_DAY}`, 200);
  }
  return {
    rows: data.map((row) => ({
      date: row.date,
      model: row.model_permaslug,
      totalTokens: row.total_tokens,
    })),
    asOf: meta.as_of,
    startDate: meta.start_date,
    endDate: meta.end_date,
  };
}
