import "server-only";

import { readServerConfig } from "../config";
import { EMPTY_CATALOGUE, type ModelCatalogue } from "../derive/catalogue";
import { registerDataProbe } from "../http/data-probe";
import type { AppsState, SessionCostsState } from "../model";
import { processState } from "../process-state";
import type { DataMode, DataService, DataStatus, LoadedTaskDay } from "./data-service";
import { createLiveService } from "./live-service";
import type { RankingsSource } from "./rankings/series-source";
import { isNoDataError, NoDataError } from "./refresh/snapshot-refresher";
import { createSampleService } from "./sample-service";
import type { CallLimits, CallUsage } from "./store/call-log";
import type { SnapshotArchive } from "./store/snapshot-store";

// The data layer of this process, made once (live with a key, else the sample), and the
// readers lib/data/index.ts offers from it.

export { isNoDataError, NoDataError };
export {
  isStoredDay,
  toClassifications,
  type DataMode,
  type DataService,
  type DataStatus,
  type LoadedTaskDay,
} from "./data-service";

function createDataService(): Promise<DataService> {
  const config = readServerConfig();
  if (!config.apiKey && process.env.WEBHOOK_URL?.trim()) {
    console.warn("[task-share] WEBHOOK_URL is ignored: sample data is never announced");
  }
  return config.apiKey
    ? createLiveService(config, config.apiKey)
    : Promise.resolve(createSampleService());
}

async function dataService(): Promise<DataService> {
  processState.dataService ??= createDataService();
  try {
    return await processState.dataService;
  } catch (error) {
    // Opening the store failed (say, PostgreSQL was down at start): try again next request.
    processState.dataService = undefined;
    throw new NoDataError("the snapshot store could not be opened", { cause: error });
  }
}

/** The current snapshot: held data at once (refreshed in the background when due). */
export async function getClassifications(): Promise<LoadedTaskDay> {
  return (await dataService()).get();
}

/** The stored history and whether it is live or sample data (see lib/data/history.ts for the readers). */
export async function getArchive(): Promise<{ archive: SnapshotArchive; source: DataMode }> {
  const { archive, source } = await dataService();
  return { archive, source };
}

/** The shared upstream call budget's limits and use; undefined in sample mode. */
export async function getCallBudgetUsage(): Promise<(CallLimits & CallUsage) | undefined> {
  const budget = (await dataService()).callBudget;
  return budget && { ...budget.limits, ...(await budget.usage()) };
}

/** The rankings dataset's source: the live store or the generated sample (see lib/data/rankings). */
export async function getRankingsSource(): Promise<RankingsSource> {
  return (await dataService()).rankings;
}

export async function getDataStatus(): Promise<DataStatus> {
  return (await dataService()).status();
}

export async function countStoredSnapshots(): Promise<number> {
  return (await dataService()).countSnapshots();
}

export function getRevalidateSeconds(): number {
  return readServerConfig().revalidateSeconds;
}

/**
 * The model catalogue held now, or an empty one (every model shown as its slug) while none is
 * stored or the store cannot be read: pages never wait for it and never fail because of it.
 */
export async function getCatalogue(): Promise<ModelCatalogue> {
  try {
    return await (await dataService()).catalogue();
  } catch {
    return EMPTY_CATALOGUE;
  }
}

/** The newest session costs, or why there are none; a store that cannot be opened is "failing". */
export async function getSessionCosts(): Promise<SessionCostsState> {
  try {
    return await (await dataService()).sessionCosts();
  } catch {
    return { state: "failing", message: "the data store is not answering" };
  }
}

/** The stored app rankings, or why there are none; a store that cannot be opened is "failing". */
export async function getApps(): Promise<AppsState> {
  try {
    return await (await dataService()).apps();
  } catch {
    return { state: "failing", message: "the data store is not answering" };
  }
}

/** Opens the store at server start and starts loading the snapshot, without waiting on upstream. */
export async function warmUp(): Promise<void> {
  try {
    const service = await dataService();
    service.get().catch(() => undefined);
    service.catalogue().catch(() => undefined);
    service.sessionCosts().catch(() => undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : "unknown error";
    console.error(`[task-share] could not open the snapshot store at start: ${message}`);
  }
}

registerDataProbe(async () => {
  try {
    const { data, fetchedAt } = await getClassifications();
    const status = await getDataStatus();
    const failedAt = status.lastError?.at.toISOString() ?? "";
    const storeFailing = status.storeFailingSince?.toISOString() ?? "";
    return {
      available: true,
      version: `${data.as_of}|${fetchedAt}|${failedAt}|${storeFailing}`,
      asOf: data.as_of,
    };
  } catch (error) {
    if (isNoDataError(error)) {
      return { available: false, reason: error instanceof Error ? error.message : undefined };
    }
    throw error;
  }
});
