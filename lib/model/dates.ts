// Dates are UTC calendar days as "YYYY-MM-DD" strings; they compare and sort as text.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A real calendar day written as YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * The latest day a snapshot may be dated: tomorrow in UTC (the provider's day may already have
 * turned where it runs). Anything later is a fault, refused like any malformed answer.
 */
export function latestPlausibleDay(now: number): string {
  return addDays(new Date(now).toISOString().slice(0, 10), 1);
}

/**
 * The earliest day upstream data may be dated: OpenRouter served no traffic before 2023. An
 * earlier day (1900-01-01, 0001-01-01) is a fault, refused like a future one.
 */
export const EARLIEST_PLAUSIBLE_DAY = "2023-01-01";

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every calendar day from `first` to `last`, both included. */
export function calendarDays(first: string, last: string): string[] {
  const count = daysBetween(first, last);
  return Array.from({ length: Math.max(count + 1, 0) }, (_, index) => addDays(first, index));
}

/**
 * The stored dates closest to a date that is not stored: up to `count` on each side, nearest
 * first, returned oldest first.
 */
export function nearestDates(dates: string[], target: string, count = 2): string[] {
  const before = dates.filter((date) => date < target).slice(-count);
  const after = dates.filter((date) => date > target).slice(0, count);
  return [...before, ...after];
}
