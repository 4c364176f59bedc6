import "server-only";

import {
  MAX_CATALOGUE_MODELS,
  rawCataloguePageSchema,
  validCatalogueModels,
  type RawCatalogueModel,
} from "./catalogue-schema";
import { UpstreamError } from "./errors";
import { fetchUpstreamJson, type UpstreamConfig } from "./fetch";

// OpenRouter's model catalogue, GET /models: public, so no key is sent. Pages of `limit` models
// from `offset`; `links.next` says whether another page follows. The next page is asked by
// offset on the configured base URL, never at the address upstream names, so an odd answer
// cannot send the server elsewhere.

const PAGE_SIZE = 500;
/** Twice what MAX_CATALOGUE_MODELS needs at the default page size: a loop, not a catalogue. */
const MAX_PAGES = 20;

export type CatalogueFetchConfig = Omit<UpstreamConfig, "apiKey" | "now"> & {
  /** Asked before each page (the shared call budget); false (the daily limit) stops the walk. */
  beforeCall: () => Promise<boolean>;
  pageSize?: number;
};

/** The call budget refused a page: nothing was asked, and nothing is replaced. */
export class CallBudgetSpentError extends Error {
  override readonly name = "CallBudgetSpentError";
}

/** Every page of the catalogue, validated; an empty or unreadable catalogue is refused. */
export async function fetchModelCatalogue(
  config: CatalogueFetchConfig,
): Promise<{ models: RawCatalogueModel[]; skipped: number; pages: number }> {
  const pageSize = config.pageSize ?? PAGE_SIZE;
  const models: RawCatalogueModel[] = [];
  let skipped = 0;
  let offset = 0;
  for (let pages = 1; pages <= MAX_PAGES; pages += 1) {
    if (!(await config.beforeCall())) {
      // The per-minute limit is waited out by the caller: only the daily one ends the walk.
      throw new CallBudgetSpentError(
        `the daily upstream call budget is spent (after ${pages - 1} of the catalogue's pages)`,
      );
    }
    const answer = await fetchUpstreamJson(
      config,
      "/models",
      { offset: String(offset), limit: String(pageSize) },
      rawCataloguePageSchema,
    );
    const page = validCatalogueModels(answer.data);
    models.push(...page.models);
    skipped += page.skipped;
    offset += answer.data.length;
    if (models.length + skipped > MAX_CATALOGUE_MODELS) {
      throw new UpstreamError(
        "invalid_payload",
        `model catalogue lists more than ${MAX_CATALOGUE_MODELS} models`,
      );
    }
    if (!answer.links?.next || answer.data.length === 0) {
      if (models.length === 0) {
        // Stored, an empty catalogue would turn every name back into a slug until tomorrow.
        throw new UpstreamError("invalid_payload", "model catalogue lists no readable model");
      }
      return { models, skipped, pages };
    }
  }
  throw new UpstreamError("invalid_payload", `model catalogue runs past ${MAX_PAGES} pages`);
}
