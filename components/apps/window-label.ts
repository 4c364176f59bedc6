import { formatMonth } from "@/lib/format";
import { APP_SCOPE_LABELS, type AppScope, type AppSort } from "@/lib/model";

/** "30d" → "Last 30 days"; "2026-10" → "Oct 2026". */
export function windowLabel(window: string): string {
  const days = /^(\d+)d$/.exec(window);
  return days ? `Last ${days[1]} days` : formatMonth(`${window}-01`);
}

/** What an apps view shows, in words: "Coding, trending: Last 7 days". */
export function appsViewTitle(state: { window: string; scope: AppScope; sort: AppSort }): string {
  const order = state.sort === "popular" ? "by tokens" : "trending";
  return `${APP_SCOPE_LABELS[state.scope]}, ${order}: ${windowLabel(state.window)}`;
}
