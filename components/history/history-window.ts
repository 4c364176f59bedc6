import { formatCountOf } from "@/lib/format";
import { HISTORY_WINDOW_DAYS } from "@/lib/derive/history-set";

/** Says a history chart starts at its window, not at the first stored day; nothing otherwise. */
export function windowSentences(olderDays: number): string[] {
  if (olderDays === 0) return [];
  const days = formatCountOf(olderDays, "earlier stored day");
  return [`the last ${HISTORY_WINDOW_DAYS} days (${days} in the CSV and the API)`];
}
