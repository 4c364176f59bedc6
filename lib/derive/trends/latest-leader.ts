import { bucketStart } from "../../data/rankings/buckets";
import type { RankingsPeriod, RankingsRow } from "../../model";
import { groupRankings, type MemberGrouping } from "./group-rankings";
import type { TrendPoint } from "./trend-table";

// Who leads now: the model (or provider) with the most tokens in the range's latest complete
// period, ranked among every member that period, not only among the few the chart names by
// their tokens over the whole range, where a model released last month has no weight yet.

export type Leader = {
  /** Its slug or provider id, and its name as the chart writes it. */
  member: string;
  label: string;
  tokens: bigint;
  /** The period it led, with every ranked and unranked token of that period as its total. */
  point: TrendPoint;
};

/**
 * The latest complete period's leader (the latest period's, when none is complete). `points` are
 * the range's periods as a chart of the same rows has them (cut to the range, with their totals),
 * so the periods are not worked out a second time.
 */
export function latestLeader(
  rows: readonly RankingsRow[],
  period: RankingsPeriod,
  by: MemberGrouping,
  points: readonly TrendPoint[],
  nameOf: (member: string) => string,
): Leader | null {
  const latest = points.findLast((point) => point.complete) ?? points.at(-1);
  if (!latest) return null;
  // Rows are dated by their bucket's first day, which a range's edge may cut off the point.
  const first = bucketStart(latest.date, period);
  const within = rows.filter((row) => row.date >= first && row.date <= latest.until);
  const table = groupRankings(within, period, by, 1, nameOf);
  const [leader] = table.series;
  const tokens = table.points[0]?.values[0];
  const [member] = leader?.members ?? [];
  if (leader?.kind !== "named" || !member || tokens === null || tokens === undefined) return null;
  return { member, label: leader.label, tokens, point: latest };
}
