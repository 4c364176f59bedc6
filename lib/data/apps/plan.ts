import {
  addDays,
  APP_GROUP_SCOPES,
  APP_SCOPES,
  APP_SUBCATEGORY_NAMES,
  appWindowKey,
  type AppScope,
  type AppSort,
  type AppWindowKey,
  monthRange,
  previousMonth,
  RANKINGS_FIRST_DAY,
  rollingRange,
  ROLLING_APP_WINDOWS,
} from "../../model";

// Which windows of the app rankings are kept, from the last completed day alone, most wanted
// first (a run cut short by the budget has fetched what the default page shows):
// 1. the rolling 7, 30 and 90 days to the last completed day, popular and trending, for all apps
//    and each group; the 30 days also for each subcategory;
// 2. the popular windows just before them, for the rank change (ranks are only comparable
//    between windows of one length);
// 3. every completed calendar month since January 2025, popular, all apps and each group,
//    newest first: the apps' history. A month never changes once complete, so it is fetched once.
// A first start asks for about 190 windows, a day after that 75 (the rolling ones move daily),
// and the last day of a month 5 more (that month, now complete).

/** The window whose subcategories are kept too: the page's default. */
const DEFAULT_APP_WINDOW_DAYS = 30;

function scopesFor(days: number): readonly AppScope[] {
  return days === DEFAULT_APP_WINDOW_DAYS ? APP_SCOPES : APP_GROUP_SCOPES;
}

function windows(
  range: { startDate: string; endDate: string },
  sort: AppSort,
  scopes: readonly AppScope[],
): AppWindowKey[] {
  return scopes.map((scope) => ({ ...range, sort, scope }));
}

/** Every completed month from January 2025 through `lastCompleteDay`, newest first. */
function completedMonths(lastCompleteDay: string): string[] {
  const months: string[] = [];
  let month = addDays(lastCompleteDay, 1).slice(0, 7); // the month under way is not complete
  while (month > RANKINGS_FIRST_DAY.slice(0, 7)) {
    month = previousMonth(month);
    months.push(month);
  }
  return months;
}

/** Every window kept for this last completed day, most wanted first. */
export function wantedAppWindows(lastCompleteDay: string): AppWindowKey[] {
  const current = ROLLING_APP_WINDOWS.map((days) => ({
    days,
    range: rollingRange(days, lastCompleteDay),
  }));
  return [
    ...current.flatMap(({ range }) => windows(range, "popular", APP_GROUP_SCOPES)),
    ...current.flatMap(({ range }) => windows(range, "trending", APP_GROUP_SCOPES)),
    ...windows(
      rollingRange(DEFAULT_APP_WINDOW_DAYS, lastCompleteDay),
      "popular",
      APP_SUBCATEGORY_NAMES,
    ),
    ...current.flatMap(({ days, range }) =>
      windows(rollingRange(days, addDays(range.startDate, -1)), "popular", scopesFor(days)),
    ),
    ...completedMonths(lastCompleteDay).flatMap((month) =>
      windows(monthRange(month), "popular", APP_GROUP_SCOPES),
    ),
  ];
}

/** The wanted windows not stored yet, in order. */
export function planAppCalls(stored: ReadonlySet<string>, lastCompleteDay: string): AppWindowKey[] {
  return wantedAppWindows(lastCompleteDay).filter((key) => !stored.has(appWindowKey(key)));
}
