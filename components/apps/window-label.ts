import { formatMonth } from "@/lib/format";

/** "30d" → "Last 30 days"; "2026-10" → "Oct 2026". */
export function windowLabel(window: string): string {
  const days = /^(\d+)d$/.exec(window);
  return days ? `Last ${days[1]} days` : formatMonth(`${window}-01`);
}
