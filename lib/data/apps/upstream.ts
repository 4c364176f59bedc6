import "server-only";

import { z } from "zod";

import {
  APPS_PER_WINDOW,
  dateSchema,
  type AppRow,
  type AppWindow,
  type AppWindowKey,
  scopeParams,
} from "../../model";
import { shownName, upstreamName } from "../../openrouter/bounds";
import { fetchUpstreamJson, invalidPayload, type UpstreamConfig } from "../../openrouter/fetch";

// GET /datasets/app-rankings on the wire: one window's top apps, asked for by exact dates so the
// answer is the window the plan wants. Upstream clamps an end past its last completed day: an
// answer ending earlier than asked means that day is not published yet, not a fault.

export const APP_RANKINGS_PATH = "/datasets/app-rankings";

const rawRowSchema = z.looseObject({
  app_id: z.number().int().nonnegative(),
  app_name: upstreamName,
  rank: z.number().int().positive(),
  total_requests: z.number().int().nonnegative(),
  // An exact integer as a decimal string: it may pass 2^53, so it never becomes a number.
  total_tokens: z.string().regex(/^(0|[1-9]\d{0,39})$/),
});

const rawAnswerSchema = z.looseObject({
  data: z.array(rawRowSchema).max(APPS_PER_WINDOW),
  meta: z.looseObject({
    as_of: z.iso.datetime({ offset: true }),
    start_date: dateSchema,
    end_date: dateSchema,
  }),
});

/** The fetched window, or the day upstream has published through when it lags the plan. */
export type FetchedAppWindow =
  | { published: true; window: Omit<AppWindow, "fetchedAt"> }
  | { published: false; publishedThrough: string };

export async function fetchAppWindow(
  config: UpstreamConfig,
  key: AppWindowKey,
): Promise<FetchedAppWindow> {
  const { data, meta } = await fetchUpstreamJson(
    config,
    APP_RANKINGS_PATH,
    {
      start_date: key.startDate,
      end_date: key.endDate,
      sort: key.sort,
      ...scopeParams(key.scope),
      limit: String(APPS_PER_WINDOW),
    },
    rawAnswerSchema,
  );
  if (meta.end_date < key.endDate) return { published: false, publishedThrough: meta.end_date };
  if (meta.start_date !== key.startDate || meta.end_date !== key.endDate) {
    throw invalidPayload(
      `asked for ${key.startDate} to ${key.endDate}, answered ${meta.start_date} to ${meta.end_date}`,
      200,
    );
  }
  return { published: true, window: { ...key, asOf: meta.as_of, rows: checkedRows(data) } };
}

function checkedRows(data: z.infer<typeof rawRowSchema>[]): AppRow[] {
  const seen = new Set<number>();
  return data.map((raw, index) => {
    if (raw.rank !== index + 1) throw invalidPayload(`row ${index + 1} has rank ${raw.rank}`, 200);
    if (seen.has(raw.app_id)) throw invalidPayload(`the app ${raw.app_id} comes twice`, 200);
    seen.add(raw.app_id);
    return {
      appId: raw.app_id,
      appName: shownName(raw.app_name, "an app name"),
      rank: raw.rank,
      totalRequests: raw.total_requests,
      totalTokens: raw.total_tokens,
    };
  });
}
