import { createParser, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { boundQuery } from "../derive/search";
import { THEMES } from "../theme/theme";
import { asOfParser } from "./as-of";
import { pageUrlState } from "./read-url-state";

// The search results page: /search?q=claude&as_of=…, the query the header's search box sends
// (a plain GET form, so it works without JavaScript).

/** The name of the search box's field, and of the query parameter it sends. */
export const SEARCH_QUERY_PARAM = "q";

/** Any text is a query (an empty one asks for the prompt); it is cut to a bounded length. */
const queryParser = createParser({
  parse: (value: string) => boundQuery(value),
  serialize: (value: string) => value,
}).withDefault("");

const searchPageParsers = {
  q: queryParser,
  asOf: asOfParser,
  /** Kept as the header's links keep it: a theme a shared link asked for. */
  theme: parseAsStringLiteral(THEMES),
};

export type SearchPageState = inferParserType<typeof searchPageParsers>;

const searchUrl = pageUrlState("/search", searchPageParsers);

export const parseSearchPageParams = searchUrl.parse;
/** The results page for a query, e.g. an example the empty page suggests. */
export const searchHref = searchUrl.href;
