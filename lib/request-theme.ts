import "server-only";

import { headers } from "next/headers";

import { THEME_HEADER, themeParser, type Theme } from "./theme";

/** The theme this request renders in (resolved by proxy.ts), or undefined for the system's. */
export async function getRequestTheme(): Promise<Theme | undefined> {
  return themeParser.parse((await headers()).get(THEME_HEADER) ?? "") ?? undefined;
}
