import { readFileSync } from "node:fs";
import path from "node:path";

import { sampleRankings, sampleSeries } from "../../lib/data/rankings/sample-rankings";
import { loadSampleCatalogue } from "../../lib/data/sample/sample-catalogue-entries";
import { createCatalogue, displayName, modelInfo, providerNamer } from "../../lib/derive/catalogue";
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

const catalogue = createCatalogue(loadSampleCatalogue(), "sample", null);

/** The names the sample server's legends give models and providers (its catalogue's). */
export const sampleNames = {
  model: (slug: string) => displayName(modelInfo(catalogue, slug), slug),
  provider: providerNamer(catalogue),
};
