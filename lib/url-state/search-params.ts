// What Next hands a page as its query. Every view keeps its state there, read and written by the
// nuqs parsers in lib/url-state.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter given once or repeated (?sort=a&sort=b reads as "a"). */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
