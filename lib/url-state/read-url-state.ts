import { createLoader, createSerializer, type inferParserType, type ParserMap } from "nuqs/server";

import { AS_OF_PARAM } from "./as-of";
import { firstValue, type SearchParams } from "./search-params";

// Every page keeps its view state in the URL, parsed by nuqs parsers shared by the server (which
// renders the links) and the browser. A value a parser rejects falls back to its default and
// is reported, so the page can say so instead of silently showing something else.

export type UrlState<Parsers extends ParserMap> = {
  state: inferParserType<Parsers>;
  /** Parameters that were present but not understood, e.g. "sort=size", in parser order. */
  ignored: string[];
};

export function readUrlState<Parsers extends ParserMap>(
  parsers: Parsers,
  params: SearchParams,
  urlKeys: Partial<Record<keyof Parsers, string>> = {},
): UrlState<Parsers> {
  const state = createLoader(parsers, { urlKeys })(params);
  const ignored = Object.entries(parsers).flatMap(([key, parser]) => {
    const name = urlKeys[key] ?? key;
    // nuqs reads the first of repeated parameters; the report names the same one.
    const raw = firstValue(params[name]);
    if (raw === undefined || parser.type === "multi") return [];
    return parser.parse(raw) === null ? [`${name}=${raw}`] : [];
  });
  return { state, ignored };
}

/** The date is `as_of` in every URL, as in the API; other state keys are their own names. */
export const URL_KEYS = { asOf: AS_OF_PARAM } as const;

/**
 * A page's URL state: how its query is read, and the link to the page in a given state. Every
 * page can be pinned to a day, so every page's parsers read `as_of`.
 */
export function pageUrlState<Parsers extends ParserMap & { asOf: ParserMap[string] }>(
  path: string,
  parsers: Parsers,
) {
  const asOfKey: keyof Parsers = "asOf";
  const urlKeys: Partial<Record<keyof Parsers, string>> = {};
  urlKeys[asOfKey] = URL_KEYS.asOf;
  const serialize = createSerializer(parsers, { urlKeys });
  return {
    parse: (params: SearchParams): UrlState<Parsers> => readUrlState(parsers, params, urlKeys),
    /** Defaults are left out, so the canonical link stays short. */
    href: (state: Partial<inferParserType<Parsers>>): string => serialize(path, state),
  };
}
