import { readFileSync } from "node:fs";
import path from "node:path";

import { sampleRankings, sampleSeries } from "../../lib/data/rankings/sample-rankings";
import type { RankingsCategory, RankingsPeriod } from "../../lib/model";
import { rawClassificationsResponseSchema } from "../../lib/openrouter/schema";

// The rankings the sample server generates, generated again here from the same bundled snapshot,
// so the trends specs compute what a page must show instead of copying numbers from it.

const sample = rawClassificationsResponseSchema.parse(
  JSON.parse(
    readFileSync(
      path.resolve(__dirname, "..", "..", "lib", "data", "sample", "sample-response.json"),
      "utf8",
    ),
  ),
).data;

const ids = [
  ...new Set(sample.classifications.flatMap((item) => item.models.map((model) => model.id))),
].sort();

const rankings = sampleRankings(sample.as_of, ids);

export const SAMPLE_AS_OF = sample.as_of;

export function sampleRows(period: RankingsPeriod, category: RankingsCategory | null = null) {
  return sampleSeries(rankings, { period, category });
}
