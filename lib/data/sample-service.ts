import "server-only";

import { createCatalogue } from "../derive/catalogue";
import { createSampleRankingsSource } from "./rankings/sample-source";
import { loadSampleCatalogue } from "./sample/sample-catalogue";
import { loadSampleData } from "./sample/sample";
import { sampleHistory } from "./sample/sample-history";
import { sampleApps } from "./apps/sample";
import { sampleSessionCosts } from "./session-cost/sample";
import { createMemoryArchive } from "./store/memory-archive";
import { toClassifications, type DataService } from "./data-service";

// The data layer without a key: the bundled sample day, its generated history, rankings,
// catalogue, session costs and apps, all held in memory and labelled as the sample's. Nothing is
// ever fetched.

export function createSampleService(): DataService {
  const loadedAt = new Date();
  const newest = loadSampleData();
  const sample = toClassifications(newest, "sample", loadedAt);
  const archive = createMemoryArchive(
    sampleHistory(newest).map((data) => ({ data, fetchedAt: loadedAt })),
  );
  const catalogue = createCatalogue(loadSampleCatalogue(), "sample", null);
  const costs = sampleSessionCosts(newest.as_of);
  const apps = sampleApps(newest.as_of);
  return {
    source: "sample",
    sessionCosts: async () => ({ state: "published", costs }),
    apps: async () => ({ state: "stored", apps }),
    archive,
    rankings: createSampleRankingsSource(newest),
    callBudget: undefined,
    catalogue: async () => catalogue,
    get: async () => sample,
    status: () => ({
      observedAt: new Date(),
      source: "sample",
      store: null,
      stale: false,
      nextRefreshAt: undefined,
      lastError: undefined,
      storeFailingSince: undefined,
      catalogue: undefined,
    }),
    countSnapshots: async () => (await archive.listDates()).length,
  };
}
