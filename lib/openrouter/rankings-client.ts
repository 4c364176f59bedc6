import "server-only";

import { latestPlausibleDay, type RankingsAnswer } from "../model";
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
