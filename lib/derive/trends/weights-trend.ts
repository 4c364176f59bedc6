import { OTHER_MODELS, type RankingsPeriod, type RankingsRow } from "../../data/rankings/types";
import { modelInfo, weightsOf, WEIGHTS, type ModelCatalogue, type Weights } from "../catalogue";
import { OUTSIDE_TOP_LABEL, rowsByDate } from "./group-rankings";
import { bucketEnd, type TrendSeries, type TrendTable } from "./trend-table";

// Open-weight share over time: each date's ranked tokens by the weights today's catalogue gives
// each model (open: a Hugging Face id; closed: listed without one; unknown: not listed), and
// upstream's "other" row on its own, as it sums models of every kind and none is known alone.

export const WEIGHTS_LABELS: Record<Weights, string> = {
  open: "Open weights",
  closed: "Closed weights",
  unknown: "Unknown (not in the catalogue)",
};

/** Per date: the top 50's tokens as open, closed and unknown, then everything outside them. */
export function weightsTrend(
  rows: readonly RankingsRow[],
  period: RankingsPeriod,
  catalogue: ModelCatalogue,
): TrendTable {
  const hasOutside = rows.some((row) => row.model === OTHER_MODELS);
  const series: TrendSeries[] = [
    ...WEIGHTS.map((weights) => ({
      key: weights,
      label: WEIGHTS_LABELS[weights],
      // Unknown is drawn in the grey of a remainder: it is no kind of weights.
      kind: weights === "unknown" ? ("rest" as const) : ("named" as const),
      members: [weights],
    })),
    ...(hasOutside
      ? [{ key: "outside", label: OUTSIDE_TOP_LABEL, kind: "outside" as const, members: [] }]
      : []),
  ];
  const outsideIndex = series.length - 1;
  const points = [...rowsByDate(rows)].map(([date, dateRows]) => {
    const values = series.map(() => 0n);
    let total = 0n;
    for (const row of dateRows) {
      total += row.totalTokens;
      const index =
        row.model === OTHER_MODELS
          ? outsideIndex
          : WEIGHTS.indexOf(weightsOf(modelInfo(catalogue, row.model)));
      values[index] = (values[index] ?? 0n) + row.totalTokens;
    }
    return { date, until: bucketEnd(date, period), values, total };
  });
  return { period, series, points };
}
