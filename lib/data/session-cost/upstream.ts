import "server-only";

import { z } from "zod";

import { dateSchema, latestPlausibleDay, TURN_RANGES, type SessionCostCell } from "../../model";
import { shownName, upstreamId, upstreamName } from "../../openrouter/bounds";
import { CallBudgetSpentError } from "../../openrouter/catalogue";
import { UpstreamError } from "../../openrouter/errors";
import { fetchUpstreamJson, invalidPayload, type UpstreamConfig } from "../../openrouter/fetch";
import type { BeforeCall } from "../refresh/daily-job";

// GET /datasets/session-cost on the wire, and the walk over its pages: `limit` cells from
// `offset`, until a page comes back shorter than the limit. One published snapshot is a few
// hundred cells at most; a walk past MAX_PAGES is a loop, not a snapshot.

export const SESSION_COST_PATH = "/datasets/session-cost";
/** Upstream's largest page. */
const PAGE_SIZE = 500;
const MAX_PAGES = 20;

const rawCellSchema = z.looseObject({
  app_name: upstreamName,
  app_slug: upstreamId,
  model_permaslug: upstreamId,
  turn_range: z.enum(TURN_RANGES),
  median_session_cost_usd: z.number().finite().nonnegative(),
});

const rawAnswerSchema = z.looseObject({
  data: z.array(rawCellSchema).max(PAGE_SIZE),
  meta: z.looseObject({
    as_of: z.iso.datetime({ offset: true }),
    // Both null while nothing is published: an empty answer then is normal, not an error.
    window_days: z.number().int().positive().max(366).nullable(),
    window_end_date: dateSchema.nullable(),
  }),
});

/** A walk's outcome: the published snapshot, or none published yet. */
export type FetchedSessionCosts =
  | { published: false; asOf: string }
  | {
      published: true;
      asOf: string;
      windowDays: number;
      windowEndDate: string;
      cells: SessionCostCell[];
    };

export type SessionCostFetchConfig = UpstreamConfig & { beforeCall: BeforeCall; pageSize?: number };

/** Every page of the published snapshot, validated: the cells of one window, each once. */
export async function fetchSessionCosts(
  config: SessionCostFetchConfig,
): Promise<FetchedSessionCosts> {
  const pageSize = config.pageSize ?? PAGE_SIZE;
  const cells: SessionCostCell[] = [];
  let window: { asOf: string; days: number | null; end: string | null } | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    if (!(await config.beforeCall())) {
      throw new CallBudgetSpentError(
        `the daily upstream call budget is spent (after ${page} of the session costs' pages)`,
      );
    }
    const { data, meta } = await fetchUpstreamJson(
      config,
      SESSION_COST_PATH,
      { limit: String(pageSize), offset: String(page * pageSize) },
      rawAnswerSchema,
    );
    // A snapshot published between two pages would mix two windows: refuse, and try again later.
    if (window && (window.days !== meta.window_days || window.end !== meta.window_end_date)) {
      throw invalidPayload("the session costs' window changed between pages", 200);
    }
    window ??= { asOf: meta.as_of, days: meta.window_days, end: meta.window_end_date };
    cells.push(...data.map(toCell));
    if (data.length < pageSize) return published(window, cells, config);
  }
  throw new UpstreamError("invalid_payload", `session costs run past ${MAX_PAGES} pages`);
}

function toCell(raw: z.infer<typeof rawCellSchema>): SessionCostCell {
  return {
    appSlug: raw.app_slug,
    appName: shownName(raw.app_name, "a harness name"),
    model: raw.model_permaslug,
    turnRange: raw.turn_range,
    medianUsd: raw.median_session_cost_usd,
  };
}

function published(
  window: { asOf: string; days: number | null; end: string | null },
  cells: SessionCostCell[],
  config: SessionCostFetchConfig,
): FetchedSessionCosts {
  if (window.days === null || window.end === null) {
    if (cells.length > 0) throw invalidPayload("cells without a published window", 200);
    return { published: false, asOf: window.asOf };
  }
  const latest = latestPlausibleDay((config.now ?? Date.now)());
  if (window.end > latest)
    throw invalidPayload(`window_end_date ${window.end} is later than ${latest}`, 200);
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = `${cell.appSlug}|${cell.model}|${cell.turnRange}`;
    if (seen.has(key)) throw invalidPayload(`the cell ${key} comes twice`, 200);
    seen.add(key);
  }
  return {
    published: true,
    asOf: window.asOf,
    windowDays: window.days,
    windowEndDate: window.end,
    cells,
  };
}
