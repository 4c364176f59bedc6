import { exactShare } from "@/lib/derive/trends/exact-share";
import { REST_LABELS, TOP_SERIES, type MemberGrouping } from "@/lib/derive/trends/group-rankings";
import type { Leader } from "@/lib/derive/trends/latest-leader";
import { formatPercent, formatShortDate } from "@/lib/format";
import type { RankingsPeriod } from "@/lib/model";

import { pointLabel } from "./point-label";

/**
 * The latest period's leader in words, with its share of all tokens: the figure an analyst
 * quotes first. When the chart, which names the largest over the whole range, leaves it in its
 * remainder (a model released weeks ago), the sentence says so.
 */
export function LeaderSentence({
  leader,
  period,
  by,
  charted,
}: {
  leader: Leader;
  period: RankingsPeriod;
  by: MemberGrouping;
  charted: boolean;
}) {
  const { point } = leader;
  const when =
    period === "week" && point.complete
      ? `the week of ${formatShortDate(point.date, true)}`
      : pointLabel(point, period, false);
  const share = formatPercent(exactShare(leader.tokens, point.total));
  const members = by === "model" ? "models" : "providers";
  return (
    <p className="text-sm" data-testid="trend-leader">
      <strong className="font-semibold">{leader.label}</strong> led {when} with {share} of all
      tokens
      {charted
        ? "."
        : `; it is not among the top ${TOP_SERIES} ${members} over the whole range, so the chart below counts it in “${REST_LABELS[by]}”.`}
    </p>
  );
}
