import {
  OTHER_MODELS,
  WEIGHTS,
  WEIGHTS_LEGEND_LABELS,
  type RankingsPeriod,
  type RankingsRow,
} from "../../model";
import { modelInfo, weightsOf, type ModelCatalogue } from "../catalogue";
import { OUTSIDE_TOP_LABEL, seriesPoints } from "./group-rankings";
import type { TrendSeries, TrendTable } from "./trend-table";

// Open-weight share over time: each date's ranked tokens by the weights today's catalogue gives
// each model (open: a Hugging Face id; closed: listed without one; unknown: not listed), and
// upstream's "other" row on its own, as it sums models of every kind and none is known alone.

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
      label: WEIGHTS_LEGEND_LABELS[weights],
      // Unknown is drawn in the grey of a remainder: it is no kind of weights.
      kind: weights === "unknown" ? ("rest" as const) : ("named" as const),
      members: [weights],
    })),
    ...(hasOutside
      ? [{ key: "outside", label: OUTSIDE_TOP_LABEL, kind: "outside" as const, members: [] }]
      : []),
  ];
  const outsideIndex = series.length - 1;
  // Every kind of weights is known on every date: none ranked is 0, never unknown.
  const points = seriesPoints(rows, period, series, { unranked: 0n }, (row) =>
    row.model === OTHER_MODELS
      ? outsideIndex
      : WEIGHTS.indexOf(weightsOf(modelInfo(catalogue, row.model))),
  );
  return { period, series, points };
}
