// The one way in for data: pages, previews and API routes read through these and nothing else.
export {
  getPageQuery,
  getPageView,
  getSnapshotView,
  getStoredDays,
  type MissingDay,
  type SnapshotView,
} from "./snapshot-view";
export { getTagHistory, type TagHistoryResult } from "./history";
export { modelInfoFor } from "./request-catalogue";
export {
  countStoredSnapshots,
  getCatalogue,
  getDataStatus,
  isNoDataError,
  NoDataError,
  warmUp,
  type Classifications,
  type DataStatus,
} from "./service";
