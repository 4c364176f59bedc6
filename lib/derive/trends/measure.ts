import { choiceSet } from "../choices";
import { exactShare } from "./exact-share";
import type { TrendPoint } from "./trend-table";

// A trends chart shows each series as a share of its date's total or as absolute tokens.

export const TREND_MEASURE = choiceSet({ share: "Share of tokens", tokens: "Tokens" }, "share");
export type TrendMeasure = (typeof TREND_MEASURE.choices)[number];

/** What a chart draws for a series on a date: its share of the total, or its tokens as a number. */
export function drawnValue(point: TrendPoint, index: number, measure: TrendMeasure): number | null {
  const value = point.values[index];
  if (value === null || value === undefined) return null;
  // Drawing needs no more than float precision; tables and files keep the exact integers.
  return measure === "share" ? exactShare(value, point.total) : Number(value);
}
