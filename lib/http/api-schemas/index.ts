import { CLASSIFICATIONS_ROUTE } from "./classifications";
import { DATASET_ROUTES } from "./datasets";
import { DATAPACKAGE_ROUTE, OPENAPI_ROUTE } from "./documents";
import { FEED_ROUTE, TAG_FEED_ROUTE } from "./feeds";
import { HEALTHZ_ROUTE, READYZ_ROUTE } from "./health";
import { HISTORY_ROUTE } from "./history";
import { MODEL_ROUTE, MODELS_ROUTE } from "./models";
import { RANKINGS_ROUTE } from "./rankings";
import { APPS_ROUTE } from "./apps";
import { SESSION_COST_ROUTE } from "./session-cost";
import { STATUS_ROUTE } from "./status";

// Every route the description lists, in its order: a new route is its entry (beside its
// schema) and one line here.
export const API_ROUTES = [
  CLASSIFICATIONS_ROUTE,
  MODELS_ROUTE,
  MODEL_ROUTE,
  HISTORY_ROUTE,
  ...DATASET_ROUTES,
  RANKINGS_ROUTE,
  SESSION_COST_ROUTE,
  APPS_ROUTE,
  STATUS_ROUTE,
  FEED_ROUTE,
  TAG_FEED_ROUTE,
  DATAPACKAGE_ROUTE,
  OPENAPI_ROUTE,
  HEALTHZ_ROUTE,
  READYZ_ROUTE,
];
