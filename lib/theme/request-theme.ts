import "server-only";

import { headers } from "next/headers";

import { asTheme, THEME_HEADER, type Theme } from "./theme";

/** The theme this request renders in (resolved by proxy.ts), or undefined for the system's. */
export async function getRequestTheme(): Promise<Theme | undefined> {
  return asTheme((await headers()).get(THEME_HEADER));
}
