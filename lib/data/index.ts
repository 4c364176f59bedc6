// The one way in for data: pages, previews and API routes read through these and nothing else.
export {
  getPageQuery,
  getPageView,
  getSnapshotView,
  getStoredDays,
  type MissingDay,
  type TaskDayView,
} from "./snapshot-view";
export {
  getStoredDayRange,
  getTagHistory,
  type StoredDayRange,
  type TagHistoryResult,
} from "./history";
export { modelInfoFor } from "./request-catalogue";
export {
  countStoredSnapshots,
  getApps,
  getCallBudgetUsage,
  getCatalogue,
  getDataStatus,
  getRevalidateSeconds,
  getSessionCosts,
  isNoDataError,
  NoDataError,
  warmUp,
  type LoadedTaskDay,
  type DataStatus,
} from "./service";
export { getRankings, rankingsWithin, RankingsQueryError } from "./rankings/get-rankings";
export { isStoreUnavailableError } from "./rankings/live-source";
export { getTrend, readableOrThrow, type Trend, type TrendQuery } from "./rankings/get-trend";
export { getCategoryTrends } from "./rankings/get-category-trends";
export { getCategoriesView, getTrendsView } from "./rankings/trends-views";
