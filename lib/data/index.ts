// The one way in for data: pages, previews and API routes read through these and nothing else.
export {
  getPageQuery,
  getPageView,
  getSnapshotView,
  getStoredDays,
  type MissingDay,
  type SnapshotView,
} from "./snapshot-view";
export {
  getStoredDayRange,
  getTagHistory,
  type StoredDayRange,
  type TagHistoryResult,
} from "./history";
export {
  countStoredSnapshots,
  getDataStatus,
  getRevalidateSeconds,
  isNoDataError,
  NoDataError,
  warmUp,
  type Classifications,
  type DataStatus,
} from "./service";
