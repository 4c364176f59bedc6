import {
  isIsoDate,
  isRankingsCategory,
  latestPlausibleDay,
  RANKINGS_CATEGORIES,
  RANKINGS_FIRST_DAY,
  RANKINGS_PERIODS,
  type RankingsCategory,
  type RankingsPeriod,
} from "../model";
import { VERSION_MODE, type VersionMode } from "../derive/versions";

// GET /api/rankings's parameters, read as upstream reads its own: period (day by default; a
// category defaults to, and only comes by, week), start_date and end_date (inclusive; a start
// before 2025-01-01 is clamped to it and said so, an end before it is an error), category.

export type RankingsApiRequest = {
  period: RankingsPeriod;
  category: RankingsCategory | null;
  /** Absent: 30 days before the end. */
  start: string | undefined;
  /** Absent: the last day the series covers (upstream's: the last completed day). */
  end: string | undefined;
  format: "json" | "csv";
  /** merged: a model's dated versions added up under the catalogue's id. */
  versions: VersionMode;
  /** Said in the answer: what was read differently from what was asked. */
  notices: string[];
};

export type RankingsParamsResult =
  { ok: true; request: RankingsApiRequest } | { ok: false; message: string };

export function parseRankingsParams(params: URLSearchParams): RankingsParamsResult {
  const rawPeriod = params.get("period");
  const rawCategory = params.get("category");
  const format = params.get("format") ?? "json";
  const versions = params.get("versions") ?? "dated";
  if (!isVersionMode(versions)) {
    return { ok: false, message: `versions must be dated or merged, not "${versions}".` };
  }
  if (format !== "json" && format !== "csv") {
    return { ok: false, message: `format must be json or csv, not "${format}".` };
  }
  if (rawCategory !== null && !isRankingsCategory(rawCategory)) {
    return {
      ok: false,
      message: `category must be one of ${RANKINGS_CATEGORIES.join(", ")}, not "${rawCategory}".`,
    };
  }
  const category = rawCategory;
  const period = rawPeriod ?? (category ? "week" : "day");
  if (!isPeriod(period)) {
    return { ok: false, message: `period must be day, week or month, not "${period}".` };
  }
  if (category && period !== "week") {
    return {
      ok: false,
      message: `category ${category} is sampled and published by week only: use period=week.`,
    };
  }

  const dates: Partial<Record<"start_date" | "end_date", string>> = {};
  for (const name of ["start_date", "end_date"] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (!isIsoDate(value)) {
      return { ok: false, message: `${name} must be a date as YYYY-MM-DD, not "${value}".` };
    }
    dates[name] = value;
  }
  const { start_date: start, end_date: end } = dates;
  if (end && end < RANKINGS_FIRST_DAY) {
    return {
      ok: false,
      message: `end_date ${end} is before the dataset's first day, ${RANKINGS_FIRST_DAY}.`,
    };
  }
  if (start && end && end < start) {
    return { ok: false, message: `end_date ${end} is before start_date ${start}.` };
  }
  const notices: string[] = [];
  // No data can be dated later: a far end (9999-12-31) would overflow the day arithmetic.
  const latest = latestPlausibleDay(Date.now());
  if (start && start > latest) {
    return { ok: false, message: `start_date ${start} is after the last possible day, ${latest}.` };
  }
  let last = end;
  if (end && end > latest) {
    last = latest;
    notices.push(`end_date ${end} is after the last possible day: read as ${latest}.`);
  }
  let clamped = start;
  if (start && start < RANKINGS_FIRST_DAY) {
    clamped = RANKINGS_FIRST_DAY;
    notices.push(
      `start_date ${start} is before the dataset's first day: read as ${RANKINGS_FIRST_DAY}.`,
    );
  }
  return {
    ok: true,
    request: { period, category, start: clamped, end: last, format, versions, notices },
  };
}

function isPeriod(value: string): value is RankingsPeriod {
  return (RANKINGS_PERIODS as readonly string[]).includes(value);
}

function isVersionMode(value: string): value is VersionMode {
  return (VERSION_MODE.choices as readonly string[]).includes(value);
}
