import { parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { THEMES } from "../theme/theme";
import { asOfParser } from "./as-of";
import { pageUrlState } from "./read-url-state";

// The About page shows no figures of its own choosing: only the day it cites and the theme.

const aboutParsers = {
  theme: parseAsStringLiteral(THEMES),
  asOf: asOfParser,
};

export type AboutState = inferParserType<typeof aboutParsers>;

const aboutUrl = pageUrlState("/about", aboutParsers);

export const parseAboutParams = aboutUrl.parse;
/** The About page, pinned to a day when `asOf` is set. */
export const aboutHref = aboutUrl.href;
