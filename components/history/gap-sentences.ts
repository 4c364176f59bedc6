import { collapsedGaps, daysCovered } from "@/lib/derive/series";
import { formatGap } from "@/lib/format";

/**
 * Each long run of missing days a chart draws as one gap, in words ("No snapshots from … to …
 * (2,508 days)"), for its description and accessible name; empty when there is none.
 */
export function gapSentences(points: { date: string; gapUntil?: string }[]): string[] {
  return collapsedGaps(points).map((gap) => formatGap(gap.date, gap.gapUntil, daysCovered(gap)));
}
