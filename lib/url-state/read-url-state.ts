import { createLoader, type inferParserType, type ParserMap } from "nuqs/server";

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
