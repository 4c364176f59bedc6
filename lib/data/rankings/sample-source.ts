import type { RawClassificationsData } from "../../openrouter/schema";
import { sampleRankings, sampleSeries, type SampleRankings } from "./sample-rankings";
import type { RankingsSource } from "./series-source";

/**
 * The sample's rankings: generated on first use, once per process, from the bundled snapshot's
 * day and model ids (so a model profile finds its series). Nothing is written or fetched.
 */
export function createSampleRankingsSource(newest: RawClassificationsData): RankingsSource {
  let generated: SampleRankings | undefined;
  const modelIds = [
    ...new Set(newest.classifications.flatMap((item) => item.models.map((model) => model.id))),
  ].sort();
  return {
    source: "sample",
    async series(key) {
      generated ??= sampleRankings(newest.as_of, modelIds);
      const rows = sampleSeries(generated, key);
      return {
        rows,
        asOf: `${newest.as_of}T00:00:00Z`,
        firstDate: rows[0]?.date ?? null,
        lastDate: rows.at(-1)?.date ?? null,
        coveredThrough: newest.as_of,
        status: { state: "ready" },
      };
    },
  };
}
