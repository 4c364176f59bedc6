import { parseAsStringLiteral } from "nuqs/server";

import { APP_SCOPES, APP_SORTS } from "../model";
import { DEFAULT_APPS_WINDOW } from "../derive/apps";
import { THEMES } from "../theme/theme";
import { asOfParser } from "./as-of";
import { pageUrlState } from "./read-url-state";
import type { SearchParams } from "./search-params";

// The apps view keeps its state in the URL: /apps?window=90d&scope=cli-agent&sort=trending.
// Which windows exist comes with the data (the rolling ones and the stored months).

function appsUrl(windows: readonly string[]) {
  return pageUrlState("/apps", {
    window: parseAsStringLiteral<string>(windows).withDefault(DEFAULT_APPS_WINDOW),
    scope: parseAsStringLiteral(APP_SCOPES).withDefault("all"),
    sort: parseAsStringLiteral(APP_SORTS).withDefault("popular"),
    theme: parseAsStringLiteral(THEMES),
    asOf: asOfParser,
  });
}

export type AppsUrlState = ReturnType<ReturnType<typeof appsUrl>["parse"]>["state"];

/** The filter form submits a default as an empty value: read as no choice, not a bad one. */
export function parseAppsParams(params: SearchParams, windows: readonly string[]) {
  const given = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== "" && value !== undefined),
  );
  return appsUrl(windows).parse(given);
}

// Serialising never checks a value against the valid list, so no windows are needed here.
const serializer = appsUrl([]);

/** The apps view in a state, defaults left out so the canonical link stays short. */
export function appsHref(state: Partial<AppsUrlState>): string {
  return serializer.href(state);
}

/** The view's own parameters from a request's, as a query ("" for the default view). */
export function appsViewQuery(params: SearchParams): string {
  return new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      typeof value === "string" && value !== "" && ["window", "scope", "sort"].includes(key)
        ? [[key, value]]
        : [],
    ),
  ).toString();
}
