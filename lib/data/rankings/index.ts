export { getRankings, rankingsWithin, RankingsQueryError } from "./get-rankings";
export {
  isRankingsCategory,
  OTHER_MODELS,
  RANKINGS_CATEGORIES,
  RANKINGS_FIRST_DAY,
  RANKINGS_PERIODS,
  type RankingsCategory,
  type RankingsPeriod,
  type RankingsQuery,
  type RankingsRow,
  type RankingsSeries,
  type RankingsStatus,
} from "./types";
