import {
  APP_GROUP_SCOPES,
  APP_SUBCATEGORIES,
  type AppRow,
  type AppScope,
  type AppSort,
  type AppsHolding,
  type AppWindow,
  type AppWindowKey,
  addDays,
  daysBetween,
  isCalendarMonth,
  monthRange,
  previousMonth,
  ROLLING_APP_WINDOWS,
  rollingRange,
} from "../model";
import { exactShare, sumTokens } from "./trends/exact-share";

// What /apps shows for one window, scope and sort, from the stored windows alone: the ranked
// rows with each app's share of the ranked apps' tokens and its rank change since the window
// just before (same length, same scope), each app's tokens month by month, and the coding apps'
// shares over the months. Token counts stay BigInt: they pass 2^53.

export type AppsQuery = { window: string; scope: AppScope; sort: AppSort };

export type RankedApp = AppRow & {
  /** Of the tokens of every app this window ranks (the top 100 at most). */
  share: number;
  /** Places up since the window before (negative: down); "new" when it was not ranked then;
   * null when the window before is not stored or the sort is trending. */
  rankChange: number | "new" | null;
  /** Tokens in each stored month, oldest first (null: not in that month's top 100). */
  months: (string | null)[];
};

export type AppsPage = {
  window: AppWindow;
  previous: AppWindow | undefined;
  rows: RankedApp[];
  rankedTokens: bigint;
  months: string[];
};

export const DEFAULT_APPS_WINDOW = "30d";

/** The scopes whose months are stored: a subcategory's apps are in its group's months. */
function monthScope(scope: AppScope): AppScope {
  return scope in APP_SUBCATEGORIES
    ? APP_SUBCATEGORIES[scope as keyof typeof APP_SUBCATEGORIES]
    : scope;
}

/** The stored window a choice names for this scope and sort, if any. */
export function resolveAppsWindow(
  holding: AppsHolding,
  query: AppsQuery,
): Omit<AppWindow, "rows"> | undefined {
  const matching = holding.windows.filter(
    (window) => window.scope === query.scope && window.sort === query.sort,
  );
  const rolling = /^(\d+)d$/.exec(query.window);
  if (rolling) {
    const days = Number(rolling[1]);
    // The newest of that length: the rolling window to the last stored day.
    return matching.find((window) => daysBetween(window.startDate, window.endDate) + 1 === days);
  }
  const { startDate, endDate } = monthRange(query.window);
  return matching.find((window) => window.startDate === startDate && window.endDate === endDate);
}

/** The window a rank change compares with: the same length just before. */
function previousKey(window: AppWindowKey): AppWindowKey {
  const range = isCalendarMonth(window)
    ? monthRange(previousMonth(window.startDate.slice(0, 7)))
    : rollingRange(
        daysBetween(window.startDate, window.endDate) + 1,
        addDays(window.startDate, -1),
      );
  return { ...range, sort: "popular", scope: window.scope };
}

/** The stored calendar months of a scope, oldest first. */
export function storedMonths(holding: AppsHolding, scope: AppScope): AppWindowKey[] {
  return holding.windows
    .filter(
      (window) => window.scope === scope && window.sort === "popular" && isCalendarMonth(window),
    )
    .sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
}

/** The tokens of every app a window ranks: counts pass 2^53, so they are added as BigInt. */
function rankedTokensOf(rows: AppRow[]): bigint {
  return sumTokens(rows.map((row) => BigInt(row.totalTokens)));
}

/** The page's rows, or undefined when that window is not stored. */
export async function appsPage(
  holding: AppsHolding,
  query: AppsQuery,
): Promise<AppsPage | undefined> {
  const summary = resolveAppsWindow(holding, query);
  const window = summary && (await holding.read(summary));
  if (!window) return undefined;
  const previous = query.sort === "popular" ? await holding.read(previousKey(window)) : undefined;
  const monthKeys = storedMonths(holding, monthScope(query.scope));
  const monthWindows = await Promise.all(monthKeys.map((key) => holding.read(key)));
  const rankedTokens = rankedTokensOf(window.rows);
  const previousRanks = new Map(previous?.rows.map((row) => [row.appId, row.rank]));
  const monthTokens = monthWindows.map(
    (month) => new Map(month?.rows.map((row) => [row.appId, row.totalTokens])),
  );
  const rows = window.rows.map((row) => {
    const before = previousRanks.get(row.appId);
    return {
      ...row,
      share: exactShare(BigInt(row.totalTokens), rankedTokens),
      rankChange: !previous ? null : before === undefined ? ("new" as const) : before - row.rank,
      months: monthTokens.map((tokens) => tokens.get(row.appId) ?? null),
    };
  });
  return {
    window,
    previous,
    rows,
    rankedTokens,
    months: monthKeys.map((key) => key.startDate.slice(0, 7)),
  };
}

/** The coding apps' shares month by month: the latest month's leaders, and the rest together. */
export type CodingShares = {
  months: string[];
  apps: { appId: number; appName: string; shares: number[] }[];
  /** The other ranked coding apps, together. */
  others: number[];
};

export const CODING_SHARE_APPS = 6;

export async function codingShares(holding: AppsHolding): Promise<CodingShares | undefined> {
  const keys = storedMonths(holding, "coding");
  const windows = (await Promise.all(keys.map((key) => holding.read(key)))).filter(
    (window): window is AppWindow => window !== undefined,
  );
  const latest = windows.at(-1);
  if (!latest) return undefined;
  const leaders = latest.rows.slice(0, CODING_SHARE_APPS);
  const totals = windows.map((window) => rankedTokensOf(window.rows));
  const sharesOf = (appId: number) =>
    windows.map((window, index) => {
      const row = window.rows.find((candidate) => candidate.appId === appId);
      return row ? exactShare(BigInt(row.totalTokens), totals[index] ?? 0n) : 0;
    });
  const apps = leaders.map(({ appId, appName }) => ({ appId, appName, shares: sharesOf(appId) }));
  return {
    months: windows.map((window) => window.startDate.slice(0, 7)),
    apps,
    others: windows.map((_, index) =>
      Math.max(0, 1 - apps.reduce((sum, app) => sum + (app.shares[index] ?? 0), 0)),
    ),
  };
}

/** The windows a scope and sort can be shown for, as choices: rolling first, then months newest first. */
export function appsWindowChoices(holding: AppsHolding, scope: AppScope, sort: AppSort): string[] {
  const rolling = ROLLING_APP_WINDOWS.map((days) => `${days}d`).filter((window) =>
    resolveAppsWindow(holding, { window, scope, sort }),
  );
  const months = storedMonths(holding, scope)
    .filter(() => sort === "popular")
    .map((key) => key.startDate.slice(0, 7))
    .reverse();
  return [...rolling, ...months];
}

/** A month whose #1 app of a group differs from the month before's. */
export type AppLeaderChange = {
  month: string;
  scope: AppScope;
  from: Pick<AppRow, "appId" | "appName">;
  to: Pick<AppRow, "appId" | "appName">;
  asOf: string;
  fetchedAt: string;
};

/**
 * Each new #1 app of the marketplace or a group, month against month, over the latest `months`
 * stored months: newest first. Months never change once complete, so neither does this news.
 */
export async function appLeaderChanges(
  holding: AppsHolding,
  months: number,
): Promise<AppLeaderChange[]> {
  const perScope = await Promise.all(
    APP_GROUP_SCOPES.map(async (scope) => {
      const keys = storedMonths(holding, scope).slice(-(months + 1));
      const windows = await Promise.all(keys.map((key) => holding.read(key)));
      return windows.flatMap((window, index) => {
        const before = index > 0 ? windows[index - 1] : undefined;
        const leader = window?.rows[0];
        const previous = before?.rows[0];
        if (!window || !leader || !previous || leader.appId === previous.appId) return [];
        // Only consecutive months: a gap in the stored months is no month-on-month change.
        if (before.startDate.slice(0, 7) !== previousMonth(window.startDate.slice(0, 7))) return [];
        return [
          {
            month: window.startDate.slice(0, 7),
            scope,
            from: { appId: previous.appId, appName: previous.appName },
            to: { appId: leader.appId, appName: leader.appName },
            asOf: window.asOf,
            fetchedAt: window.fetchedAt,
          },
        ];
      });
    }),
  );
  return perScope
    .flat()
    .sort(
      (a, b) =>
        b.month.localeCompare(a.month) ||
        APP_GROUP_SCOPES.indexOf(a.scope) - APP_GROUP_SCOPES.indexOf(b.scope),
    );
}
